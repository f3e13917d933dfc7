package io.yusuan.generator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes generated packages as files, one per budget, named as demo/budgets names them ({@code 410304-401-2022.json}):
 * {@code java -cp ... io.yusuan.generator.Main <repository root> <count> <seed> <folder> [region prefix, default 4103]}.
 */
public final class Main {

    private static final int YEAR = 2022;

    private Main() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 4 || args.length > 5) {
            System.err.println("Usage: Main <repository root> <count> <seed> <folder> [region prefix, default 4103]");
            System.exit(2);
        }
        CatalogLists lists = CatalogLists.shipped(Path.of(args[0]), YEAR);
        BudgetGenerator generator = new BudgetGenerator(lists, args.length > 4 ? args[4] : "4103", Long.parseLong(args[2]));
        Path folder = Files.createDirectories(Path.of(args[3]));
        for (BudgetPackage budget : generator.next(Integer.parseInt(args[1]))) {
            String file = budget.region().code() + "-" + budget.department().code() + "-" + budget.fiscalYear() + ".json";
            Files.writeString(folder.resolve(file), PackageJson.pretty(budget), StandardCharsets.UTF_8);
        }
    }
}
