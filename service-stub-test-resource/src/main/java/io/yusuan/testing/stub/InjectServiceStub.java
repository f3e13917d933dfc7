package io.yusuan.testing.stub;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the {@code WireMockServer} field through which a test scripts the stubbed service: the stub of the REST
 * client the annotation names by its config key, or, naming none, of the service's main dependency (the stub whose
 * resource was not started with the init arg {@code only-when-named=true}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface InjectServiceStub {

    /** The config key of the REST client whose stub the field takes ("performance"); empty for the main one. */
    String value() default "";
}
