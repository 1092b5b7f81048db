// A JSON file read with a library from Maven Central (Jackson), fitted with the helpers.
// Run from the repository's root: scripts/wb docs/houses.jsh
/add com.fasterxml.jackson.core:jackson-databind:2.21.3
import com.fasterxml.jackson.databind.*;

JsonNode rows = new ObjectMapper().readTree(Files.readString(Path.of("docs/houses.json")));
double[][] x = new double[rows.size()][];
double[] price = new double[rows.size()];
for (int i = 0; i < rows.size(); i++) {
    JsonNode row = rows.get(i);
    x[i] = new double[] {row.get("area").asDouble(), row.get("rooms").asDouble()};
    price[i] = row.get("price").asDouble();
}
var houses = dataset(Mat.of(x), vec(price))
normal()
ridge(100)
mse(ridge(100))
