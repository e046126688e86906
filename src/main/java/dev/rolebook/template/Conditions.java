package dev.rolebook.template;

import static dev.rolebook.template.Json.array;
import static dev.rolebook.template.Json.fn;
import static dev.rolebook.template.Json.ref;
import static dev.rolebook.template.Json.str;

import dev.rolebook.model.JsonValue;
import dev.rolebook.model.JsonValue.JsonNumber;

/**
 * "The list parameter holds this value" as a CloudFormation condition. CloudFormation has no
 * "contains" for a CommaDelimitedList, so the list is joined with commas and wrapped in commas
 * (",ecs,lambda-microvm,"), then split on the value wrapped in commas (",ecs,"): the first piece
 * equals the whole string exactly when the value does not occur. Wrapping in commas matches whole
 * values only, so "lambda" never matches "lambda-microvm".
 */
final class Conditions {
  private Conditions() {}

  static JsonValue includes(String listParameter, String value) {
    JsonValue wrapped = fn("Fn::Join", array(str(""), array(str(","), fn("Fn::Join", array(str(","), ref(listParameter))), str(","))));
    JsonValue firstPiece = fn("Fn::Select", array(new JsonNumber("0"), fn("Fn::Split", array(str("," + value + ","), wrapped))));
    return fn("Fn::Not", array(fn("Fn::Equals", array(firstPiece, wrapped))));
  }
}
