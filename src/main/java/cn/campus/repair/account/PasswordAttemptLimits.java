package cn.campus.repair.account;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code repair.password-attempts.*}: how many wrong passwords in a row lock a phone, and for how long. */
@ConfigurationProperties("repair.password-attempts")
public record PasswordAttemptLimits(int maxFailures, Duration lockFor) {}
