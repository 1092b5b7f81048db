package wb.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleFunction;
import java.util.function.DoubleUnaryOperator;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ojalgo.matrix.MatrixR064;
import org.ojalgo.structure.Access1D;
import wb.numeric.Dataset;
import wb.numeric.Mat;
import wb.numeric.Vec;

/**
 * Every helper a snippet can call, called with null in each of its object parameters in turn:
 * each must answer with an IllegalArgumentException that says what was null, never a
 * NullPointerException from deep inside, and never silence.
 */
class NullArgumentsTest {
    /** Parameters where null is a documented, valid value. */
    private static final Set<String> NULL_ALLOWED = Set.of(
            "print(String,Object)#0", // prints "null = value", as println(null + " = " + value) would
            "print(String,Object)#1", // prints "label = null", as println(null) would
            "str(Object)#0"); // "null", as String.valueOf(null)

    private Dataset d;

    @BeforeEach
    void freshWorkbench() {
        Workbench.bind(new Workbench());
        d = Data.dataset(40, Data.vec(1.0, 2.0), 0.1);
        Data.split(0.5);
    }

    private Object sample(Class<?> type) {
        if (type == double.class) {
            return 0.5;
        }
        if (type == int.class) {
            return 3;
        }
        if (type == long.class) {
            return 3L;
        }
        if (type == boolean.class) {
            return true;
        }
        if (type == double[].class) {
            return new double[] {0.5, 0.25};
        }
        if (type == String.class) {
            return "x";
        }
        if (type == Dataset.class) {
            return d;
        }
        if (type == Vec.class) {
            return Data.vec(0.5, 0.25);
        }
        if (type == Mat.class) {
            return Data.X();
        }
        if (type == Access1D.class) {
            return MatrixR064.FACTORY.column(0.5, 0.25);
        }
        if (type == DoubleUnaryOperator.class) {
            return (DoubleUnaryOperator) x -> x;
        }
        if (type == DoubleBinaryOperator.class) {
            return (DoubleBinaryOperator) (x, y) -> x + y;
        }
        if (type == DoubleFunction.class) {
            return (DoubleFunction<wb.plot.Figure>) x -> new wb.plot.Figure();
        }
        if (type == ToDoubleFunction.class) {
            return (ToDoubleFunction<Object>) x -> 1.0;
        }
        if (type == Object.class) {
            return "value";
        }
        return null; // made by another helper: null is all there is to pass without one
    }

    private static String signature(Method m) {
        StringBuilder s = new StringBuilder(m.getName()).append('(');
        Class<?>[] types = m.getParameterTypes();
        for (int i = 0; i < types.length; i++) {
            s.append(i == 0 ? "" : ",").append(types[i].getSimpleName());
        }
        return s.append(')').toString();
    }

    @Test
    void everyHelperNamesANullArgumentInsteadOfThrowingNullPointerException() throws Exception {
        List<String> problems = new ArrayList<>();
        int calls = 0;
        for (Class<?> facade : List.of(Data.class, Objectives.class, Fits.class, Bridge.class, Basics.class, Plots.class)) {
            Method[] methods = facade.getDeclaredMethods();
            Arrays.sort(methods, Comparator.comparing(NullArgumentsTest::signature));
            for (Method m : methods) {
                if (!Modifier.isPublic(m.getModifiers()) || !Modifier.isStatic(m.getModifiers()) || m.isVarArgs() && m.getParameterCount() == 1) {
                    continue;
                }
                Class<?>[] types = m.getParameterTypes();
                for (int i = 0; i < types.length; i++) {
                    if (types[i].isPrimitive() || NULL_ALLOWED.contains(signature(m) + "#" + i)) {
                        continue;
                    }
                    freshWorkbench();
                    Object[] args = new Object[types.length];
                    for (int j = 0; j < types.length; j++) {
                        args[j] = j == i ? null : sample(types[j]);
                    }
                    calls++;
                    String call = facade.getSimpleName() + "." + signature(m) + " with null #" + (i + 1);
                    try {
                        m.invoke(null, args);
                        problems.add(call + ": no error");
                    } catch (InvocationTargetException e) {
                        Throwable t = e.getCause();
                        if (!(t instanceof IllegalArgumentException) || t.getMessage() == null
                                || !t.getMessage().contains("null")) {
                            problems.add(call + ": " + t);
                        }
                    }
                }
            }
        }
        assertThat(calls).isGreaterThan(100);
        assertThat(problems).as("of " + calls + " calls").isEmpty();
    }
}
