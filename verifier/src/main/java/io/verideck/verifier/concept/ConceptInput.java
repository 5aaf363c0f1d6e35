package io.verideck.verifier.concept;

import com.fasterxml.jackson.databind.JsonNode;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Typed access to a concept's JSON input, with errors that name the field.
 *
 * @param node the JSON object
 * @param concept the concept's name (for messages)
 */
public record ConceptInput(JsonNode node, String concept) {

    /**
     * @param field name
     * @return a rectangular matrix
     */
    public INDArray matrix(String field) {
        JsonNode n = required(field);
        if (!n.isArray() || n.isEmpty() || !n.get(0).isArray()) {
            throw new BadInputException("field '" + field + "' must be a non-empty array of rows (a matrix)");
        }
        int cols = n.get(0).size();
        double[][] m = new double[n.size()][cols];
        for (int i = 0; i < n.size(); i++) {
            if (n.get(i).size() != cols) {
                throw new BadInputException("field '" + field + "' row " + i + " has " + n.get(i).size() + " entries, row 0 has " + cols);
            }
            for (int j = 0; j < cols; j++) {
                m[i][j] = number(n.get(i).get(j), field + "[" + i + "][" + j + "]");
            }
        }
        return Nd4j.createFromArray(m);
    }

    /**
     * @param field name
     * @return a vector
     */
    public INDArray vector(String field) {
        JsonNode n = required(field);
        if (!n.isArray() || n.isEmpty()) {
            throw new BadInputException("field '" + field + "' must be a non-empty array of numbers");
        }
        double[] v = new double[n.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = number(n.get(i), field + "[" + i + "]");
        }
        return Nd4j.createFromArray(v);
    }

    /**
     * @param field name
     * @return whether it is present
     */
    public boolean has(String field) {
        return node.has(field) && !node.get(field).isNull();
    }

    /**
     * @param field name
     * @param fallback value when absent
     * @return the number
     */
    public double number(String field, double fallback) {
        return has(field) ? number(node.get(field), field) : fallback;
    }

    /**
     * @param field name
     * @param fallback value when absent
     * @return the text
     */
    public String text(String field, String fallback) {
        if (!has(field)) {
            return fallback;
        }
        if (!node.get(field).isTextual()) {
            throw new BadInputException("field '" + field + "' must be a string");
        }
        return node.get(field).asText();
    }

    private JsonNode required(String field) {
        if (!has(field)) {
            throw new BadInputException("missing field '" + field + "' (concept " + concept + ")");
        }
        return node.get(field);
    }

    private static double number(JsonNode n, String where) {
        if (n == null || !n.isNumber()) {
            throw new BadInputException("'" + where + "' must be a number");
        }
        return n.asDouble();
    }
}
