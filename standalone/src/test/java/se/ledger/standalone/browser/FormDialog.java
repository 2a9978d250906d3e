package se.ledger.standalone.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The reporting dialog of the overview and the month grid, as a manager uses it. */
final class FormDialog {

    private static final String OPEN = "dialog.ledger-dialog[open]";

    Chromium browser;

    /** Clicks the entity's "Rapportera" button and waits for its dialog. */
    void open(String kind, String id) {
        browser.await(d -> !browser.all("[data-form-key='" + kind + ":" + id + "']").isEmpty());
        browser.one("[data-form-key='" + kind + ":" + id + "']").click();
        browser.await(d -> !browser.all(OPEN + " form.ledger-form").isEmpty());
    }

    WebElement control(String name) {
        return browser.one(OPEN).findElement(By.name(name));
    }

    String value(String name) {
        return control(name).getDomProperty("value");
    }

    void select(String name, String value) {
        new Select(browser.await(d -> control(name))).selectByValue(value);
    }

    void type(String name, String text) {
        var control = browser.await(d -> control(name));
        control.clear();
        control.sendKeys(text);
    }

    void submit() {
        browser.one(OPEN + " form.ledger-form button[type='submit']").click();
    }

    /** The problem shown at the field, once the API has answered. */
    WebElement errorOf(String name) {
        return browser.await(d -> {
            var error = browser.one("#" + control(name).getAttribute("id") + "-error");
            return error.isDisplayed() && !error.getText().isBlank() ? error : null;
        });
    }

    /** The window as the user sees it (a modal dialog sits in the viewport), as target/screenshots/{name}.png. */
    void screenshotWindow(String name) throws java.io.IOException {
        java.nio.file.Files.createDirectories(Chromium.SCREENSHOTS);
        java.nio.file.Files.write(Chromium.SCREENSHOTS.resolve(name + ".png"),
                ((org.openqa.selenium.TakesScreenshot) browser.driver()).getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
    }

    void closed() {
        browser.await(d -> browser.all(OPEN).isEmpty());
    }

    /** Whether the keyboard focus is back on the button that opened the dialog (or its re-rendered successor). */
    boolean focusIsOn(String key) {
        return Boolean.TRUE.equals(browser.await(d -> key.equals(browser.script(
                "return document.activeElement && document.activeElement.dataset.formKey")) ? Boolean.TRUE : null));
    }
}
