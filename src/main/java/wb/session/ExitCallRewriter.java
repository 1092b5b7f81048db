package wb.session;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * A bytecode transform that redirects calls to {@code System.exit}, {@code Runtime.exit},
 * {@code Runtime.halt} and {@code Thread.start} in snippet classes to {@link ExitGuard}.
 *
 * <p>Snippets run in the workbench's own JVM, where an exit call would end the session and lose
 * every variable. A SecurityManager could veto it on JDK 17 but is gone from JDK 24, so the
 * call sites are rewritten instead: direct calls, and method handles such as
 * {@code System::exit} in lambdas and constants. Reflection can still reach the real methods;
 * that is accepted. {@code Thread.start} is redirected so that a thread a snippet starts reports
 * what it throws, as plain Java does, which JShell's local engine would swallow.
 */
final class ExitCallRewriter {
    private static final String GUARD = "wb/session/ExitGuard";
    private static final byte[] EXIT = "exit".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] HALT = "halt".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] START = "start".getBytes(StandardCharsets.US_ASCII);

    private ExitCallRewriter() {
    }

    /**
     * Whether ASM reads the class files of this JDK, whose javac compiles the snippets: a JDK
     * newer than ASM writes a class file version ASM refuses, and then exit calls go unguarded.
     */
    static boolean readsThisJdk() {
        try (InputStream in = Object.class.getResourceAsStream("/java/lang/Void.class")) {
            new ClassReader(in.readAllBytes());
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    /**
     * Returns the class file with exit calls redirected, or the same array when it has none.
     *
     * @throws IllegalArgumentException when ASM cannot read the class file (a JDK newer than it)
     */
    static byte[] rewrite(byte[] classFile) {
        // The method names sit in the constant pool as plain UTF-8, so a class that mentions
        // neither cannot call them; this skips ASM for nearly every snippet.
        if (!contains(classFile, EXIT) && !contains(classFile, HALT) && !contains(classFile, START)) {
            return classFile;
        }
        ClassReader reader = new ClassReader(classFile);
        ClassWriter writer = new ClassWriter(reader, 0);
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor,
                                             String signature, String[] exceptions) {
                return new Redirect(super.visitMethod(access, name, descriptor, signature, exceptions));
            }
        }, 0);
        return writer.toByteArray();
    }

    private static final class Redirect extends MethodVisitor {
        Redirect(MethodVisitor next) {
            super(Opcodes.ASM9, next);
        }

        @Override
        public void visitMethodInsn(int opcode, String owner, String name, String descriptor,
                                    boolean isInterface) {
            String target = target(owner, name, descriptor);
            if (target != null) {
                super.visitMethodInsn(Opcodes.INVOKESTATIC, GUARD, target, guardDescriptor(owner), false);
            } else {
                super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
            }
        }

        @Override
        public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap,
                                           Object... arguments) {
            Object[] args = arguments.clone();
            for (int i = 0; i < args.length; i++) {
                args[i] = redirect(args[i]);
            }
            super.visitInvokeDynamicInsn(name, descriptor, bootstrap, args);
        }

        @Override
        public void visitLdcInsn(Object value) {
            super.visitLdcInsn(redirect(value));
        }
    }

    private static Object redirect(Object constant) {
        if (constant instanceof Handle) {
            Handle h = (Handle) constant;
            String target = target(h.getOwner(), h.getName(), h.getDesc());
            if (target != null) {
                return new Handle(Opcodes.H_INVOKESTATIC, GUARD, target, guardDescriptor(h.getOwner()), false);
            }
        }
        return constant;
    }

    private static String target(String owner, String name, String descriptor) {
        if ("java/lang/Thread".equals(owner) && "start".equals(name) && "()V".equals(descriptor)) {
            return "start";
        }
        if (!"(I)V".equals(descriptor)) {
            return null;
        }
        if ("java/lang/System".equals(owner) && "exit".equals(name)) {
            return "exit";
        }
        if ("java/lang/Runtime".equals(owner)) {
            if ("exit".equals(name)) {
                return "runtimeExit";
            }
            if ("halt".equals(name)) {
                return "runtimeHalt";
            }
        }
        return null;
    }

    private static String guardDescriptor(String owner) {
        if ("java/lang/Thread".equals(owner)) {
            return "(Ljava/lang/Thread;)V";
        }
        return "java/lang/Runtime".equals(owner) ? "(Ljava/lang/Runtime;I)V" : "(I)V";
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0, last = haystack.length - needle.length; i <= last; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
