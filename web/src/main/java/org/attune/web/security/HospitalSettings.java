package org.attune.web.security;

import java.util.Optional;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A setting of the hospital's directory or single sign-on, read from MicroProfile Config when it is used (so a
 * changed value takes effect at the next sign-in): its value without surrounding spaces, none when blank.
 */
final class HospitalSettings {

    private HospitalSettings() {}

    static Optional<String> value(String key) {
        return ConfigProvider.getConfig()
                .getOptionalValue(key, String.class)
                .map(String::strip)
                .filter(v -> !v.isEmpty());
    }
}
