package wb.session;

/**
 * A wait that an interrupt does not cut short: it goes on until the awaited thing is done, and
 * the interrupt is set again afterwards for the caller to see. For waits that end soon and must
 * not be abandoned half-way (a thread that holds the session, a warm-up that uses it).
 */
final class Uninterruptibly {
    /** One attempt at the wait, which an interrupt may end early. */
    @FunctionalInterface
    interface Wait {
        void await() throws InterruptedException;
    }

    private Uninterruptibly() {
    }

    /** Repeats {@code wait} until it returns without being interrupted. */
    static void await(Wait wait) {
        boolean interrupted = false;
        while (true) {
            try {
                wait.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
