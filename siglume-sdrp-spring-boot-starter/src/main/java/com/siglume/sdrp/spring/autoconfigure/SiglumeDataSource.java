package com.siglume.sdrp.spring.autoconfigure;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.beans.factory.annotation.Qualifier;

/**
 * Marks the {@link javax.sql.DataSource} the webhook event store records events in, when the
 * application has more than one, as Spring Boot's {@code @FlywayDataSource} marks the one for
 * migrations. The store's transactions then run on the transaction manager bound to that
 * DataSource, so listeners' work on it commits or rolls back with the event record.
 *
 * <pre>{@code
 * @Bean
 * @SiglumeDataSource
 * DataSource paymentsDataSource() { ... }
 * }</pre>
 */
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Qualifier
public @interface SiglumeDataSource {
}
