package dev.superscale.capacity;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Named tiers for common sizes. Any user count in the supported range is valid too. */
public enum Preset {
    TEAM("100", 100),
    DEPARTMENT("1k", 1_000),
    ENTERPRISE("10k", 10_000),
    GLOBAL("50k", 50_000);

    private final String cliName;
    private final int registeredUsers;

    Preset(String cliName, int registeredUsers) {
        this.cliName = cliName;
        this.registeredUsers = registeredUsers;
    }

    public String cliName() {
        return cliName;
    }

    public int registeredUsers() {
        return registeredUsers;
    }

    public UserLoad load() {
        return UserLoad.ofUsers(registeredUsers);
    }

    /** Parses "100", "1k", "10k", "50k" (or the enum name, any case). */
    public static Preset fromName(String name) {
        for (Preset preset : values()) {
            if (preset.cliName.equalsIgnoreCase(name) || preset.name().equalsIgnoreCase(name)) {
                return preset;
            }
        }
        throw new InvalidInputException(Format.format("unknown preset '%s': allowed are %s", name, names()));
    }

    public static String names() {
        return Arrays.stream(values()).map(Preset::cliName).collect(Collectors.joining(", "));
    }
}
