package intake.logging;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * The {@code %m}, {@code %msg} and {@code %message} conversion words of
 * {@code logback-spring.xml}: the formatted log message with personal data masked by
 * {@link PersonalDataMask}.
 */
public class MaskedMessageConverter extends MessageConverter {

	@Override
	public String convert(ILoggingEvent event) {
		return PersonalDataMask.apply(super.convert(event));
	}

}
