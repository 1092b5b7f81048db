package wb.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommandTableTest {
    private final CommandTable prompt = CommandTable.declaredFor(Interpreter.Place.PROMPT);

    @Test
    void thePromptHasEveryCommandTheIssueAsksFor() {
        assertThat(prompt.all()).extracting(Command::name).containsExactly(
                "/help", "/vars", "/methods", "/imports", "/list", "/history", "/save", "/open", "/reset", "/add",
                "/classpath", "/time", "/timeit", "/doc", "/seed", "/trace", "/exit");
    }

    @Test
    void scriptsHaveTheCommandsThatDoNotNeedAPersonAndCellsAddSvg() {
        assertThat(CommandTable.declaredFor(Interpreter.Place.SCRIPT).all()).extracting(Command::name)
                .containsExactly("/open", "/add", "/seed", "/exit");
        assertThat(CommandTable.declaredFor(Interpreter.Place.CELL).all()).extracting(Command::name)
                .containsExactly("/open", "/add", "/seed", "/exit", "/svg");
    }

    @Test
    void resolvesExactNamesAndUnambiguousPrefixes() {
        assertThat(prompt.resolve("/list")).map(Command::name).contains("/list");
        assertThat(prompt.resolve("/v")).map(Command::name).contains("/vars");
        assertThat(prompt.resolve("/hi")).map(Command::name).contains("/history");
        assertThat(prompt.resolve("/s")).isEmpty();
        assertThat(prompt.resolve("/time")).map(Command::name).contains("/time");
        assertThat(prompt.resolve("/timei")).map(Command::name).contains("/timeit");
        assertThat(prompt.resolve("/cl")).map(Command::name).contains("/classpath");
        assertThat(prompt.resolve("/")).isEmpty();
        assertThat(prompt.resolve("/lsit")).isEmpty();
        assertThat(prompt.startingWith("/s")).extracting(Command::name).containsExactly("/save", "/seed");
    }

    @Test
    void suggestsTheNearestNameForATypo() {
        assertThat(prompt.nearest("/lsit").name()).isEqualTo("/list");
        assertThat(prompt.nearest("/exti").name()).isEqualTo("/exit");
        assertThat(prompt.nearest("/tarce").name()).isEqualTo("/trace");
        assertThat(prompt.nearest("/dco").name()).isEqualTo("/doc");
    }
}
