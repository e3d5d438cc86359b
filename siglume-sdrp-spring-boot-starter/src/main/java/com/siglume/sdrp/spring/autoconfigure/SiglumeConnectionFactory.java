package com.siglume.sdrp.spring.autoconfigure;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.beans.factory.annotation.Qualifier;

/**
 * Marks the R2DBC {@link io.r2dbc.spi.ConnectionFactory} the webhook event store records events
 * in, when a reactive application without a JDBC DataSource has more than one, as
 * {@link SiglumeDataSource} marks a DataSource. The store's transactions then run on the
 * reactive transaction manager of that ConnectionFactory, so listeners' R2DBC work on it
 * commits or rolls back with the event record.
 *
 * <pre>{@code
 * @Bean
 * @SiglumeConnectionFactory
 * ConnectionFactory paymentsConnectionFactory() { ... }
 * }</pre>
 */
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Qualifier
public @interface SiglumeConnectionFactory {
}
