package com.siglume.sdrp.sample.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A headless Chromium driven through chromedriver, both the system's own
 * ({@value ChromiumAvailableCondition#CHROMIUM}, {@value ChromiumAvailableCondition#CHROMEDRIVER}).
 * Both paths are given explicitly, so Selenium never looks for or downloads a browser or driver.
 * Each instance uses a fresh profile directory, removed again by {@link #close()}.
 */
final class ChromiumBrowser implements AutoCloseable {

    private static final List<String> ARGUMENTS = List.of("--headless=new", "--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
            "--disable-dev-shm-usage", "--window-size=1280,900");

    private final Path profile;
    private final ChromeDriverService service;
    private final ChromeDriver driver;

    private ChromiumBrowser(Path profile, ChromeDriverService service, ChromeDriver driver) {
        this.profile = profile;
        this.service = service;
        this.driver = driver;
    }

    /**
     * Starts the browser.
     *
     * @return the running browser
     * @throws IllegalStateException when the browser or its driver is not installed
     */
    static ChromiumBrowser start() {
        List<String> missing = ChromiumAvailableCondition.missingExecutables();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Cannot start the browser: " + String.join(" and ", missing) + " not found");
        }
        Path profile;
        try {
            profile = Files.createTempDirectory("siglume-shop-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(ChromiumAvailableCondition.CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(ChromiumAvailableCondition.CHROMIUM);
        options.addArguments(ARGUMENTS);
        options.addArguments("--user-data-dir=" + profile);
        try {
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            return new ChromiumBrowser(profile, service, driver);
        } catch (RuntimeException e) {
            service.stop();
            deleteRecursively(profile);
            throw e;
        }
    }

    /**
     * Returns the driver.
     *
     * @return the driver of this browser
     */
    ChromeDriver driver() {
        return driver;
    }

    /**
     * Saves a PNG of the current page as {@code <build dir>/browser-screenshots/<flow>/<step>.png}.
     *
     * @param flow the folder, one per test
     * @param step the file name without extension, for example {@code 01-shop}
     * @return the file written
     */
    Path screenshot(String flow, String step) {
        Path file = screenshotDirectory().resolve(flow).resolve(step + ".png");
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** Stops the browser and its driver and removes the profile directory. */
    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            deleteRecursively(profile);
        }
    }

    /**
     * The module's build directory as Maven passes it ({@code project.build.directory}), else the
     * parent of the compiled test classes.
     */
    private static Path screenshotDirectory() {
        String configured = System.getProperty("project.build.directory");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured, "browser-screenshots");
        }
        try {
            Path testClasses = Path.of(ChromiumBrowser.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return testClasses.getParent().resolve("browser-screenshots");
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // The browser may still be releasing files; a temp directory left behind harms nothing.
        }
    }
}
