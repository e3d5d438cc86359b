package com.siglume.sdrp.sandbox.junit;

import com.siglume.sdrp.sandbox.SandboxException;
import com.siglume.sdrp.sandbox.SiglumeSandbox;
import com.siglume.sdrp.sandbox.SiglumeSandboxBuilder;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit Jupiter extension that starts one {@link SiglumeSandbox} per test class (on a free
 * port), injects it into constructors, lifecycle methods and test methods that declare a
 * {@code SiglumeSandbox} parameter, and closes it after the class. Nested test classes share
 * their enclosing class's sandbox.
 *
 * <pre>{@code
 * @ExtendWith(SiglumeSandboxExtension.class)
 * class CheckoutTest {
 *     @Test
 *     void pays(SiglumeSandbox sandbox) { ... }
 * }
 *
 * // or, to configure it and reach it from static code such as @DynamicPropertySource:
 * @RegisterExtension
 * static final SiglumeSandboxExtension SIGLUME = SiglumeSandboxExtension.using(
 *         () -> SiglumeSandbox.builder().port(0).merchant("shop_one"));
 * }</pre>
 *
 * <p>State (sessions, deliveries, knobs) lives for the whole class; call
 * {@link SiglumeSandbox#reset()} in {@code @BeforeEach} for a clean sandbox per test.
 */
public final class SiglumeSandboxExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(SiglumeSandboxExtension.class);
    private static final String SANDBOX = "sandbox";
    private static final String OWNER = "owner";

    private final Supplier<SiglumeSandboxBuilder> configuration;
    private volatile SiglumeSandbox current;

    /** An extension whose sandboxes use the defaults on a free port. */
    public SiglumeSandboxExtension() {
        this(() -> SiglumeSandbox.builder().port(0));
    }

    private SiglumeSandboxExtension(Supplier<SiglumeSandboxBuilder> configuration) {
        this.configuration = configuration;
    }

    /**
     * An extension whose sandboxes are built from a configured builder, for
     * {@code @RegisterExtension}. Give the builder port 0 unless a fixed port is needed.
     *
     * @param configuration supplies a configured builder for each test class
     * @return the extension
     * @throws SandboxException when {@code configuration} is {@code null}
     */
    public static SiglumeSandboxExtension using(Supplier<SiglumeSandboxBuilder> configuration) {
        if (configuration == null) {
            throw new SandboxException(500, "SANDBOX_CONFIGURATION_REQUIRED", "configuration is required");
        }
        return new SiglumeSandboxExtension(configuration);
    }

    /**
     * Returns the sandbox of the test class now running, for static code that cannot take a
     * parameter (such as a {@code @DynamicPropertySource} method).
     *
     * @return the running sandbox
     * @throws SandboxException when no test class of this extension is running
     */
    public SiglumeSandbox sandbox() {
        SiglumeSandbox sandbox = current;
        if (sandbox == null) {
            throw new SandboxException(409, "SANDBOX_NOT_STARTED", "no sandbox is running for this extension");
        }
        return sandbox;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        current = ensureStarted(context);
    }

    /**
     * Finds the sandbox of this class or an enclosing one, or starts one owned by this class.
     * Also reached from constructor injection, which comes first when the test instance
     * lifecycle is per class.
     */
    private synchronized SiglumeSandbox ensureStarted(ExtensionContext classContext) {
        ExtensionContext.Store store = classContext.getStore(NAMESPACE);
        SiglumeSandbox existing = store.get(SANDBOX, SiglumeSandbox.class);
        if (existing != null) {
            return existing;
        }
        SiglumeSandbox sandbox = configuration.get().build().start();
        store.put(SANDBOX, sandbox);
        store.put(OWNER, classContext.getUniqueId());
        return sandbox;
    }

    @Override
    public void afterAll(ExtensionContext context) {
        ExtensionContext.Store store = context.getStore(NAMESPACE);
        if (!context.getUniqueId().equals(store.get(OWNER, String.class))) {
            return;
        }
        SiglumeSandbox sandbox = store.remove(SANDBOX, SiglumeSandbox.class);
        store.remove(OWNER);
        if (sandbox != null) {
            if (current == sandbox) {
                current = null;
            }
            sandbox.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == SiglumeSandbox.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        SiglumeSandbox sandbox = extensionContext.getStore(NAMESPACE).get(SANDBOX, SiglumeSandbox.class);
        if (sandbox != null) {
            return sandbox;
        }
        if (extensionContext.getTestMethod().isEmpty()) {
            return ensureStarted(extensionContext);
        }
        throw new SandboxException(409, "SANDBOX_NOT_STARTED", "no sandbox is running for this test");
    }
}
