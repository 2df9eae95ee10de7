package id.siagahumas.classification;

import java.util.List;

public record Classification(boolean negative, List<String> categories, String unitCode) {
}
