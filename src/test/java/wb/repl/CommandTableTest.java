package wb.repl;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommandTableTest {
    private final CommandTable table = new CommandTable();

    @Test
    void hasEveryCommandTheIssueAsksFor() {
        assertThat(table.all()).extracting(CommandTable.Command::name).containsExactly(
                "/help", "/vars", "/methods", "/imports", "/list", "/history", "/save", "/open", "/reset", "/add",
                "/classpath", "/time", "/timeit", "/doc", "/seed", "/trace", "/exit");
    }

    @Test
    void resolvesExactNamesAndUnambiguousPrefixes() {
        assertThat(table.resolve("/list")).map(CommandTable.Command::name).contains("/list");
        assertThat(table.resolve("/v")).map(CommandTable.Command::name).contains("/vars");
        assertThat(table.resolve("/hi")).map(CommandTable.Command::name).contains("/history");
        assertThat(table.resolve("/s")).isEmpty();
        assertThat(table.resolve("/time")).map(CommandTable.Command::name).contains("/time");
        assertThat(table.resolve("/timei")).map(CommandTable.Command::name).contains("/timeit");
        assertThat(table.resolve("/cl")).map(CommandTable.Command::name).contains("/classpath");
        assertThat(table.resolve("/")).isEmpty();
        assertThat(table.resolve("/lsit")).isEmpty();
        assertThat(table.startingWith("/s")).extracting(CommandTable.Command::name).containsExactly("/save", "/seed");
    }

    @Test
    void suggestsTheNearestNameForATypo() {
        assertThat(table.nearest("/lsit").name()).isEqualTo("/list");
        assertThat(table.nearest("/exti").name()).isEqualTo("/exit");
        assertThat(table.nearest("/tarce").name()).isEqualTo("/trace");
        assertThat(table.nearest("/dco").name()).isEqualTo("/doc");
    }
}
