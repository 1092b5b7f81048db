package wb.cli;

/** The {@code wb} command: placeholder until the command line lands. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.out.println("wb");
    }
}
