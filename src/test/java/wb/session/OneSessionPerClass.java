package wb.session;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The base of the test classes whose tests share one session with the default settings: started
 * before the class's first test (a subclass's own {@code @BeforeAll} runs after, and can use it)
 * and closed after its last. A session's start is JShell's, so tests that do not need a fresh
 * one share it.
 */
public abstract class OneSessionPerClass {
    protected static Session session;

    @BeforeAll
    static void startSession() {
        session = Session.start(SessionSettings.defaults());
    }

    @AfterAll
    static void closeSession() {
        session.close();
    }
}
