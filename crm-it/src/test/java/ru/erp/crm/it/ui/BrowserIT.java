package ru.erp.crm.it.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import ru.erp.crm.customer.entity.Inn;
import ru.erp.crm.it.Api;
import ru.erp.crm.it.CrmDeployment;

/**
 * The pages in a real browser: a sales manager creates an organisation whose phone another
 * customer already has, is warned about that customer, and finds the creation in the card's history.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final By REFUSAL = By.cssSelector(".ui-message-error, .ui-messages-error");

    private Path profile;
    private ChromeDriverService service;
    private WebDriver browser;
    private WebDriverWait wait;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return CrmDeployment.ear();
    }

    @BeforeEach
    void openBrowser() throws IOException {
        profile = Files.createTempDirectory("crm-chromium");
        service = new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1400,1000", "--user-data-dir=" + profile);
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, WAIT);
    }

    @AfterEach
    void closeBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (service != null) {
            service.stop();
        }
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }

    @Test
    void managerCreatesCustomerIsWarnedOfSharedPhoneAndSeesCreationInHistory() throws IOException {
        Customer existing = customerWithPhone();
        String name = "ООО Браузерный тест " + System.nanoTime();

        logIn("manager");
        wait.until(ExpectedConditions.urlContains("start.xhtml"));
        assertTrue(browser.findElement(By.id("todayBlock")).getText().contains("Задачи на сегодня"),
                "a sales manager lands on the day's start page with today's tasks");
        browser.get(Api.BASE + "customers.xhtml");

        click(By.id("newCustomer"));
        wait.until(ExpectedConditions.urlContains("customer-edit.xhtml"));
        type(By.id("name"), name);
        type(By.id("inn"), newOrganisationInn());
        type(By.id("kpp"), "770101001");
        selectFirstCategory();
        type(By.id("contacts:0:value"), existing.phone());
        click(By.id("saveButton"));

        wait.until(ExpectedConditions.or(ExpectedConditions.visibilityOfElementLocated(By.id("duplicateWarning")),
                ExpectedConditions.visibilityOfElementLocated(REFUSAL)));
        assertTrue(browser.findElements(REFUSAL).isEmpty(), () -> "the save was refused: "
                + browser.findElements(REFUSAL).stream().map(WebElement::getText).toList());
        WebElement warning = browser.findElement(By.id("duplicateWarning"));
        assertTrue(warning.getText().contains(existing.name()), () -> "warning names " + existing.name() + ": " + warning.getText());
        assertFalse(warning.findElements(By.cssSelector("a.duplicate-link[href*='id=" + existing.id() + "']")).isEmpty(),
                "the warning links the other customer's card");
        assertEquals(name, browser.findElement(By.id("customerName")).getText());

        WebElement history = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("historyTable")));
        List<WebElement> creations = history.findElements(By.cssSelector("tr.history-CREATE"));
        assertEquals(1, creations.size(), "one creation in the history");
        assertEquals("manager", creations.get(0).findElement(By.cssSelector(".history-actor")).getText());

        screenshot("customer-card.png");
    }

    /** A demo customer visible to the manager, with the phone it has. */
    private static Customer customerWithPhone() {
        try (Api api = Api.as("manager")) {
            JsonObject summary = Api.json(api.get("customers", Map.of("size", 1))).getJsonArray("items").getJsonObject(0);
            long id = summary.getJsonNumber("id").longValue();
            JsonObject card = Api.json(api.get("customers/" + id));
            String phone = card.getJsonArray("contacts").stream().map(v -> v.asJsonObject())
                    .filter(c -> "PHONE".equals(c.getString("kind"))).map(c -> c.getString("value"))
                    .findFirst().orElseThrow();
            return new Customer(id, card.getString("name"), phone);
        }
    }

    /** Nine random digits and the check digit that makes them a valid organisation's INN. */
    private static String newOrganisationInn() {
        String base = String.format("%09d", ThreadLocalRandom.current().nextInt(100_000_000, 1_000_000_000));
        for (int digit = 0; digit <= 9; digit++) {
            if (Inn.check(base + digit).isEmpty()) {
                return base + digit;
            }
        }
        throw new IllegalStateException("no check digit for " + base);
    }

    @Test
    void erpAdministratorTestsTheSiteChannelAndOpensTheJournal() throws IOException {
        logIn("erpadmin");
        browser.get(Api.BASE + "exchange-channels.xhtml");
        WebElement table = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[id$='channelTable']")));
        WebElement siteChannel = table.findElements(By.cssSelector("tbody tr")).stream()
                .filter(row -> row.getText().contains("1c-site")).findFirst()
                .orElseThrow(() -> new AssertionError("the demo 1C channel is listed: " + table.getText()));
        siteChannel.findElement(By.cssSelector("[id$='testChannel']")).click();
        WebElement outcome = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("checkOutcome")));
        assertTrue(outcome.getAttribute("class").contains("crm-finding-good"), outcome.getText());
        screenshot("exchange-channels.png");

        browser.get(Api.BASE + "exchange-messages.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[id$='messageTable']")));
        assertTrue(browser.findElement(By.cssSelector("[id$='filterStatus']")).isDisplayed());
        screenshot("exchange-messages.png");
    }

    private void logIn(String user) {
        browser.get(Api.BASE + "login.xhtml");
        type(By.id("username"), user);
        type(By.id("password"), "demo");
        browser.findElement(By.id("loginButton")).click();
        // the next page must only be asked for once the login is through
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("login.xhtml")));
    }

    /**
     * Picks the first real category (the first item is "choose") with the keyboard: a mouse click
     * on an item of the opening menu was sometimes lost.
     */
    private void selectFirstCategory() {
        WebElement menu = wait.until(ExpectedConditions.elementToBeClickable(By.id("category_label")));
        String placeholder = menu.getText();
        menu.sendKeys(Keys.ARROW_DOWN);
        wait.until(ExpectedConditions.not(ExpectedConditions.textToBe(By.id("category_label"), placeholder)));
    }

    private void type(By input, String text) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(input));
        element.clear();
        element.sendKeys(text);
    }

    private void click(By target) {
        wait.until(ExpectedConditions.elementToBeClickable(target)).click();
    }

    private void screenshot(String name) throws IOException {
        Path directory = Path.of(System.getProperty("crm.it.screenshots", "target/screenshots"));
        Files.createDirectories(directory);
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), directory.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    private record Customer(long id, String name, String phone) {
    }
}
