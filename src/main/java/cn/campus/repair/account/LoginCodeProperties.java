package cn.campus.repair.account;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code repair.login-codes.*}. The per-address limit is generous on purpose: a campus puts thousands
 * of students behind one NAT address.
 */
@ConfigurationProperties("repair.login-codes")
public record LoginCodeProperties(
    Duration lifetime,
    int maxAttempts,
    Duration resendAfter,
    int perPhonePerDay,
    int perAddressPerHour) {}
