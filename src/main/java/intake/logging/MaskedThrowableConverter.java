package intake.logging;

import ch.qos.logback.classic.spi.IThrowableProxy;
import org.springframework.boot.logging.logback.ExtendedWhitespaceThrowableProxyConverter;

/**
 * The exception conversion words of {@code logback-spring.xml} ({@code %wEx} of Spring
 * Boot's default pattern, and {@code %ex}, {@code %xEx} … for other patterns): Spring
 * Boot's stack trace, with personal data masked by {@link PersonalDataMask} in the
 * messages of the exception and of every cause.
 */
public class MaskedThrowableConverter extends ExtendedWhitespaceThrowableProxyConverter {

	@Override
	protected String throwableProxyToString(IThrowableProxy proxy) {
		return PersonalDataMask.apply(super.throwableProxyToString(proxy));
	}

}
