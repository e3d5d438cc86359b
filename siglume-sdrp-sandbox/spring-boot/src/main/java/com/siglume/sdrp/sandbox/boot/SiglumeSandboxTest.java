package com.siglume.sdrp.sandbox.boot;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;

/**
 * A {@link SpringBootTest} of the application on a random port, connected to a Siglume sandbox
 * that runs for the test's context ({@link SiglumeSandboxConfiguration}) and sends its webhooks
 * to the application. Inject {@link com.siglume.sdrp.sandbox.SiglumeSandbox} to confirm checkout
 * sessions, redeliver events or inject faults:
 *
 * <pre>{@code
 * @SiglumeSandboxTest
 * class CheckoutTests {
 *     @Autowired SiglumeSandbox sandbox;
 *     ...
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(SiglumeSandboxConfiguration.class)
public @interface SiglumeSandboxTest {

    /**
     * Properties of the test, as {@link SpringBootTest#properties()}.
     *
     * @return {@code key=value} pairs
     */
    @AliasFor(annotation = SpringBootTest.class, attribute = "properties")
    String[] properties() default {};

    /**
     * The classes of the application context, as {@link SpringBootTest#classes()}; by default
     * the {@code @SpringBootConfiguration} found from the test's package.
     *
     * @return the component classes
     */
    @AliasFor(annotation = SpringBootTest.class, attribute = "classes")
    Class<?>[] classes() default {};
}
