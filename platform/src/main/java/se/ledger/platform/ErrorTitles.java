package se.ledger.platform;

/** Swedish words for errors answered outside the controllers (Tomcat, the error page). */
final class ErrorTitles {

    private ErrorTitles() {
    }

    static String of(int status) {
        return switch (status) {
            case 400 -> "Ogiltig begäran";
            case 401 -> "Inloggning krävs";
            case 403 -> "Behörighet saknas";
            case 404 -> "Finns inte";
            case 405 -> "Metoden stöds inte";
            case 406, 415 -> "Formatet stöds inte";
            case 413, 414, 431 -> "Begäran är för stor";
            case 503 -> "Inte tillgänglig";
            default -> status >= 500 ? "Internt fel" : "Felaktig begäran";
        };
    }

    static String detail(int status) {
        if (status == 400) {
            return "Adressen eller begäran är felformad (t.ex. kodat snedstreck, NUL-tecken eller '..').";
        }
        if (status == 413 || status == 414 || status == 431) {
            return "Adressen, rubrikerna eller kroppen är för lång.";
        }
        if (status >= 500) {
            return "Ett oväntat fel inträffade.";
        }
        return "Begäran kunde inte utföras (HTTP " + status + ").";
    }
}
