package org.inbetween.app.exchange.coco;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The COCO file's mapper and field readers. A missing or mistyped field fails with an
 * IllegalArgumentException naming the field; the reader adds the file name.
 */
final class CocoJson {
  static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(SerializationFeature.INDENT_OUTPUT);

  private CocoJson() {}

  static JsonNode require(JsonNode node, String field, String where) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      throw new IllegalArgumentException(where + " has no \"" + field + "\"");
    }
    return value;
  }

  static int requireInt(JsonNode node, String field, String where) {
    JsonNode value = require(node, field, where);
    if (!value.isIntegralNumber() || !value.canConvertToInt()) {
      throw new IllegalArgumentException(
          where + ": \"" + field + "\" must be an integer, was " + value);
    }
    return value.intValue();
  }

  static String requireText(JsonNode node, String field, String where) {
    JsonNode value = require(node, field, where);
    if (!value.isTextual()) {
      throw new IllegalArgumentException(
          where + ": \"" + field + "\" must be a string, was " + value);
    }
    return value.textValue();
  }

  static JsonNode requireArray(JsonNode node, String field, String where) {
    JsonNode value = require(node, field, where);
    if (!value.isArray()) {
      throw new IllegalArgumentException(where + ": \"" + field + "\" must be an array");
    }
    return value;
  }
}
