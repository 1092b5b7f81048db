package wb.api;

import org.ojalgo.structure.Access1D;
import wb.numeric.Dataset;
import wb.numeric.Losses;
import wb.numeric.Vec;
import wb.numeric.kernel.ProgressListener;

/**
 * Losses, objectives and gradients, which snippets {@code import static}: LS, MSE, the weight-decay
 * penalty, the objectives J_LS and J_MSE, and their gradients.
 *
 * <p>Conventions (the seed README's): X is M×N, y is M×1, w is N×1, λ ≥ 0. Each function takes
 * the weights in one of two ways: as numbers ({@code ls(3.0)}, {@code mse(4.0, 1.5)}, or a
 * {@code double[]}), or as a {@link Vec} or any ojAlgo {@link Access1D} vector. Each has a form on
 * the active data set and one taking the data set first ({@code ls(d, 4.0, 1.5)}); {@code wd}
 * needs no data. A null argument, or weights of the wrong length, throw an
 * {@link IllegalArgumentException} that names the argument.
 */
public final class Objectives {
    private Objectives() {
    }

    private static ProgressListener progress() {
        return Workbench.current().progress();
    }

    /**
     * The weight-decay (L2) penalty WD(λ, w) = (λ/2)‖w‖²; w as numbers, one per feature.
     * Example: {@code wd(1e3, 4.0, 1.5)}, or {@code wd(1e3, 3.0)} for N = 1
     */
    public static double wd(double lambda, double... w) {
        return Losses.wd(lambda, Args.weights(w));
    }

    /**
     * The weight-decay (L2) penalty WD(λ, w) = (λ/2)‖w‖²; w as a {@code Vec} or an ojAlgo vector.
     * Example: {@code wd(1e3, vec(4.0, 1.5))}
     */
    public static double wd(double lambda, Access1D<?> w) {
        return Losses.wd(lambda, Args.weights(w));
    }

    /**
     * The least-squares loss LS(w) = ½‖Xw − y‖², on the active data set; w as numbers, one per feature.
     * Example: {@code ls(4.0, 1.5)}, or {@code ls(3.0)} for N = 1
     */
    public static double ls(double... w) {
        return Losses.ls(Data.data(), Args.weights(w), progress());
    }

    /**
     * The least-squares loss LS(w) = ½‖Xw − y‖², on the active data set; w as a {@code Vec} or an ojAlgo vector (N×1 or 1×N).
     * Example: {@code ls(vec(4.0, 1.5))}
     */
    public static double ls(Access1D<?> w) {
        return Losses.ls(Data.data(), Args.weights(w), progress());
    }

    /**
     * The least-squares loss LS(w) = ½‖Xw − y‖², on data set {@code d}; w as numbers, one per feature.
     * Example: {@code ls(d, 4.0, 1.5)}, or {@code ls(d, 3.0)} for N = 1
     */
    public static double ls(Dataset d, double... w) {
        return Losses.ls(Args.data(d), Args.weights(w), progress());
    }

    /**
     * The least-squares loss LS(w) = ½‖Xw − y‖², on data set {@code d}; w as a {@code Vec} or an ojAlgo vector (N×1 or 1×N).
     * Example: {@code ls(d, vec(4.0, 1.5))}
     */
    public static double ls(Dataset d, Access1D<?> w) {
        return Losses.ls(Args.data(d), Args.weights(w), progress());
    }

    /**
     * The mean squared error MSE(w) = (1/M)‖Xw − y‖², on the active data set; w as numbers, one per feature.
     * Example: {@code mse(4.0, 1.5)}, or {@code mse(3.0)} for N = 1
     */
    public static double mse(double... w) {
        return Losses.mse(Data.data(), Args.weights(w), progress());
    }

    /**
     * The mean squared error MSE(w) = (1/M)‖Xw − y‖², on the active data set; w as a {@code Vec} or an ojAlgo vector (N×1 or 1×N).
     * Example: {@code mse(vec(4.0, 1.5))}
     */
    public static double mse(Access1D<?> w) {
        return Losses.mse(Data.data(), Args.weights(w), progress());
    }

    /**
     * The mean squared error MSE(w) = (1/M)‖Xw − y‖², on data set {@code d}; w as numbers, one per feature.
     * Example: {@code mse(d, 4.0, 1.5)}, or {@code mse(d, 3.0)} for N = 1
     */
    public static double mse(Dataset d, double... w) {
        return Losses.mse(Args.data(d), Args.weights(w), progress());
    }

    /**
     * The mean squared error MSE(w) = (1/M)‖Xw − y‖², on data set {@code d}; w as a {@code Vec} or an ojAlgo vector (N×1 or 1×N).
     * Example: {@code mse(d, vec(4.0, 1.5))}
     */
    public static double mse(Dataset d, Access1D<?> w) {
        return Losses.mse(Args.data(d), Args.weights(w), progress());
    }

    /**
     * The weight-decay objective on LS, J_LS(λ, w) = ½‖Xw − y‖² + (λ/2)‖w‖², on the active data set; w as numbers, one per feature.
     * Example: {@code objectiveLs(1e3, 4.0, 1.5)}, or {@code objectiveLs(1e3, 3.0)} for N = 1
     */
    public static double objectiveLs(double lambda, double... w) {
        return Losses.objectiveLs(Data.data(), lambda, Args.weights(w), progress());
    }

    /**
     * The weight-decay objective on LS, J_LS(λ, w) = ½‖Xw − y‖² + (λ/2)‖w‖², on the active data set; w as a {@code Vec} or an ojAlgo vector (N×1 or 1×N).
     * Example: {@code objectiveLs(1e3, vec(4.0, 1.5))}
     */
    public static double objectiveLs(double lambda, Access1D<?> w) {
        return Losses.objectiveLs(Data.data(), lambda, Args.weights(w), progress());
    }

    /**
     * The weight-decay objective on LS, J_LS(λ, w) = ½‖Xw − y‖² + (λ/2)‖w‖², on data set {@code d}; w as numbers, one per feature.
     * Example: {@code objectiveLs(d, 1e3, 4.0, 1.5)}, or {@code objectiveLs(d, 1e3, 3.0)} for N = 1
     */
    public static double objectiveLs(Dataset d, double lambda, double... w) {
        return Losses.objectiveLs(Args.data(d), lambda, Args.weights(w), progress());
    }

    /**
     * The weight-decay objective on LS, J_LS(λ, w) = ½‖Xw − y‖² + (λ/2)‖w‖², on data set {@code d}; w as a {@code Vec} or an ojAlgo vector (N×1 or 1×N).
     * Example: {@code objectiveLs(d, 1e3, vec(4.0, 1.5))}
     */
    public static double objectiveLs(Dataset d, double lambda, Access1D<?> w) {
        return Losses.objectiveLs(Args.data(d), lambda, Args.weights(w), progress());
    }

    /**
     * The weight-decay objective on MSE, J_MSE(λ₂, w) = (1/M)‖Xw − y‖² + (λ₂/2)‖w‖², on the active data set; w as numbers, one per feature.
     * Example: {@code objectiveMse(2.0, 4.0, 1.5)}, or {@code objectiveMse(2.0, 3.0)} for N = 1
     */
    public static double objectiveMse(double lambda2, double... w) {
        return Losses.objectiveMse(Data.data(), lambda2, Args.weights(w), progress());
    }

    /**
     * The weight-decay objective on MSE, J_MSE(λ₂, w) = (1/M)‖Xw − y‖² + (λ₂/2)‖w‖², on the active data set; w as a {@code Vec} or an ojAlgo vector (N×1 or 1×N).
     * Example: {@code objectiveMse(2.0, vec(4.0, 1.5))}
     */
    public static double objectiveMse(double lambda2, Access1D<?> w) {
        return Losses.objectiveMse(Data.data(), lambda2, Args.weights(w), progress());
    }

    /**
     * The weight-decay objective on MSE, J_MSE(λ₂, w) = (1/M)‖Xw − y‖² + (λ₂/2)‖w‖², on data set {@code d}; w as numbers, one per feature.
     * Example: {@code objectiveMse(d, 2.0, 4.0, 1.5)}, or {@code objectiveMse(d, 2.0, 3.0)} for N = 1
     */
    public static double objectiveMse(Dataset d, double lambda2, double... w) {
        return Losses.objectiveMse(Args.data(d), lambda2, Args.weights(w), progress());
    }

    /**
     * The weight-decay objective on MSE, J_MSE(λ₂, w) = (1/M)‖Xw − y‖² + (λ₂/2)‖w‖², on data set {@code d}; w as a {@code Vec} or an ojAlgo vector (N×1 or 1×N).
     * Example: {@code objectiveMse(d, 2.0, vec(4.0, 1.5))}
     */
    public static double objectiveMse(Dataset d, double lambda2, Access1D<?> w) {
        return Losses.objectiveMse(Args.data(d), lambda2, Args.weights(w), progress());
    }

    /**
     * The gradient of LS, ∇LS(w) = Xᵀ(Xw − y), on the active data set; w as numbers, one per feature.
     * Example: {@code gradLs(4.0, 1.5)}, or {@code gradLs(3.0)} for N = 1
     */
    public static Vec gradLs(double... w) {
        return Losses.gradLs(Data.data(), Args.weights(w), progress());
    }

    /**
     * The gradient of LS, ∇LS(w) = Xᵀ(Xw − y), on the active data set; w as a {@code Vec} or an ojAlgo vector (N×1 or 1×N).
     * Example: {@code gradLs(vec(4.0, 1.5))}
     */
    public static Vec gradLs(Access1D<?> w) {
        return Losses.gradLs(Data.data(), Args.weights(w), progress());
    }

    /**
     * The gradient of LS, ∇LS(w) = Xᵀ(Xw − y), on data set {@code d}; w as numbers, one per feature.
     * Example: {@code gradLs(d, 4.0, 1.5)}, or {@code gradLs(d, 3.0)} for N = 1
     */
    public static Vec gradLs(Dataset d, double... w) {
        return Losses.gradLs(Args.data(d), Args.weights(w), progress());
    }

    /**
     * The gradient of LS, ∇LS(w) = Xᵀ(Xw − y), on data set {@code d}; w as a {@code Vec} or an ojAlgo vector (N×1 or 1×N).
     * Example: {@code gradLs(d, vec(4.0, 1.5))}
     */
    public static Vec gradLs(Dataset d, Access1D<?> w) {
        return Losses.gradLs(Args.data(d), Args.weights(w), progress());
    }

    /**
     * The gradient of MSE, ∇MSE(w) = (2/M)·Xᵀ(Xw − y), on the active data set; w as numbers, one per feature.
     * Example: {@code gradMse(4.0, 1.5)}, or {@code gradMse(3.0)} for N = 1
     */
    public static Vec gradMse(double... w) {
        return Losses.gradMse(Data.data(), Args.weights(w), progress());
    }

    /**
     * The gradient of MSE, ∇MSE(w) = (2/M)·Xᵀ(Xw − y), on the active data set; w as a {@code Vec} or an ojAlgo vector (N×1 or 1×N).
     * Example: {@code gradMse(vec(4.0, 1.5))}
     */
    public static Vec gradMse(Access1D<?> w) {
        return Losses.gradMse(Data.data(), Args.weights(w), progress());
    }

    /**
     * The gradient of MSE, ∇MSE(w) = (2/M)·Xᵀ(Xw − y), on data set {@code d}; w as numbers, one per feature.
     * Example: {@code gradMse(d, 4.0, 1.5)}, or {@code gradMse(d, 3.0)} for N = 1
     */
    public static Vec gradMse(Dataset d, double... w) {
        return Losses.gradMse(Args.data(d), Args.weights(w), progress());
    }

    /**
     * The gradient of MSE, ∇MSE(w) = (2/M)·Xᵀ(Xw − y), on data set {@code d}; w as a {@code Vec} or an ojAlgo vector (N×1 or 1×N).
     * Example: {@code gradMse(d, vec(4.0, 1.5))}
     */
    public static Vec gradMse(Dataset d, Access1D<?> w) {
        return Losses.gradMse(Args.data(d), Args.weights(w), progress());
    }

    /**
     * The gradient of J_LS, ∇J_LS(λ, w) = Xᵀ(Xw − y) + λw, on the active data set; w as numbers, one per feature.
     * Example: {@code gradObjectiveLs(1e3, 4.0, 1.5)}, or {@code gradObjectiveLs(1e3, 3.0)} for N = 1
     */
    public static Vec gradObjectiveLs(double lambda, double... w) {
        return Losses.gradObjectiveLs(Data.data(), lambda, Args.weights(w), progress());
    }

    /**
     * The gradient of J_LS, ∇J_LS(λ, w) = Xᵀ(Xw − y) + λw, on the active data set; w as a {@code Vec} or an ojAlgo vector (N×1 or 1×N).
     * Example: {@code gradObjectiveLs(1e3, vec(4.0, 1.5))}
     */
    public static Vec gradObjectiveLs(double lambda, Access1D<?> w) {
        return Losses.gradObjectiveLs(Data.data(), lambda, Args.weights(w), progress());
    }

    /**
     * The gradient of J_LS, ∇J_LS(λ, w) = Xᵀ(Xw − y) + λw, on data set {@code d}; w as numbers, one per feature.
     * Example: {@code gradObjectiveLs(d, 1e3, 4.0, 1.5)}, or {@code gradObjectiveLs(d, 1e3, 3.0)} for N = 1
     */
    public static Vec gradObjectiveLs(Dataset d, double lambda, double... w) {
        return Losses.gradObjectiveLs(Args.data(d), lambda, Args.weights(w), progress());
    }

    /**
     * The gradient of J_LS, ∇J_LS(λ, w) = Xᵀ(Xw − y) + λw, on data set {@code d}; w as a {@code Vec} or an ojAlgo vector (N×1 or 1×N).
     * Example: {@code gradObjectiveLs(d, 1e3, vec(4.0, 1.5))}
     */
    public static Vec gradObjectiveLs(Dataset d, double lambda, Access1D<?> w) {
        return Losses.gradObjectiveLs(Args.data(d), lambda, Args.weights(w), progress());
    }

    /**
     * The gradient of J_MSE, ∇J_MSE(λ₂, w) = (2/M)·Xᵀ(Xw − y) + λ₂w, on the active data set; w as numbers, one per feature.
     * Example: {@code gradObjectiveMse(2.0, 4.0, 1.5)}, or {@code gradObjectiveMse(2.0, 3.0)} for N = 1
     */
    public static Vec gradObjectiveMse(double lambda2, double... w) {
        return Losses.gradObjectiveMse(Data.data(), lambda2, Args.weights(w), progress());
    }

    /**
     * The gradient of J_MSE, ∇J_MSE(λ₂, w) = (2/M)·Xᵀ(Xw − y) + λ₂w, on the active data set; w as a {@code Vec} or an ojAlgo vector (N×1 or 1×N).
     * Example: {@code gradObjectiveMse(2.0, vec(4.0, 1.5))}
     */
    public static Vec gradObjectiveMse(double lambda2, Access1D<?> w) {
        return Losses.gradObjectiveMse(Data.data(), lambda2, Args.weights(w), progress());
    }

    /**
     * The gradient of J_MSE, ∇J_MSE(λ₂, w) = (2/M)·Xᵀ(Xw − y) + λ₂w, on data set {@code d}; w as numbers, one per feature.
     * Example: {@code gradObjectiveMse(d, 2.0, 4.0, 1.5)}, or {@code gradObjectiveMse(d, 2.0, 3.0)} for N = 1
     */
    public static Vec gradObjectiveMse(Dataset d, double lambda2, double... w) {
        return Losses.gradObjectiveMse(Args.data(d), lambda2, Args.weights(w), progress());
    }

    /**
     * The gradient of J_MSE, ∇J_MSE(λ₂, w) = (2/M)·Xᵀ(Xw − y) + λ₂w, on data set {@code d}; w as a {@code Vec} or an ojAlgo vector (N×1 or 1×N).
     * Example: {@code gradObjectiveMse(d, 2.0, vec(4.0, 1.5))}
     */
    public static Vec gradObjectiveMse(Dataset d, double lambda2, Access1D<?> w) {
        return Losses.gradObjectiveMse(Args.data(d), lambda2, Args.weights(w), progress());
    }
}
