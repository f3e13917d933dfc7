package io.yusuan.localrun;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * {@code token ROLE REGION [DEPARTMENT]}: prints a token signed by the local key, for trying any role and scope in
 * Swagger UI or with curl — a finance bureau's approver (no department: the whole region), another department's
 * editor to see a 403. The arguments are checked here, as the services would refuse a token they cannot cover.
 *
 * @param role one of {@link JwtIssuer#ROLES}
 * @param region the 6-digit division code the token acts for
 * @param departments the department it acts for, or none for the whole region
 */
record TokenCommand(String role, String region, List<String> departments) {

    /** A working day; any later one gets a fresh token the same way. */
    static final Duration VALIDITY = Duration.ofDays(1);

    static final String USAGE = """
            Usage: ./run token ROLE REGION [DEPARTMENT]
              ROLE        one of %s
              REGION      the 6-digit division code the token acts for, e.g. 410304
              DEPARTMENT  the department code it acts for, e.g. 141; without it, the whole region (a finance bureau)
            Prints a token signed by the key in .yusuan/jwt, valid for a day.""".formatted(String.join(", ", JwtIssuer.ROLES));

    private static final String REGION = "[0-9]{6}";
    private static final String DEPARTMENT = "[0-9A-Za-z]{1,20}";

    /**
     * @param arguments what follows {@code token}
     * @throws IllegalArgumentException saying which argument is wrong and why
     */
    static TokenCommand parse(List<String> arguments) {
        if (arguments.size() < 2 || arguments.size() > 3) {
            throw new IllegalArgumentException("Expected ROLE REGION [DEPARTMENT], got " + arguments.size()
                    + " argument(s)");
        }
        String role = arguments.get(0);
        if (!JwtIssuer.ROLES.contains(role)) {
            throw new IllegalArgumentException("Unknown role '" + role + "'; one of " + String.join(", ", JwtIssuer.ROLES));
        }
        String region = arguments.get(1);
        if (!region.matches(REGION)) {
            throw new IllegalArgumentException("REGION must be a 6-digit division code such as 410304, was '" + region + "'");
        }
        List<String> departments = arguments.subList(2, arguments.size());
        if (!departments.isEmpty() && !departments.get(0).matches(DEPARTMENT)) {
            throw new IllegalArgumentException("DEPARTMENT must be 1 to 20 letters or digits such as 141, was '"
                    + departments.get(0) + "'");
        }
        return new TokenCommand(role, region, List.copyOf(departments));
    }

    /** The token, its subject naming the role and the scope, so that a write's recorded actor says who tried it. */
    String token(JwtIssuer issuer) {
        String scope = departments.isEmpty() ? region : region + "-" + departments.get(0);
        return issuer.scopedToken("local-" + role + "-" + scope, VALIDITY, region, departments, role);
    }

    /** Prints the token alone on its line, so that {@code $(./run token ...)} is the token. */
    int run(Path projectRoot, PrintStream out) {
        out.println(token(JwtIssuer.loadOrCreate(RunDirectory.of(projectRoot).keyDirectory())));
        return 0;
    }
}
