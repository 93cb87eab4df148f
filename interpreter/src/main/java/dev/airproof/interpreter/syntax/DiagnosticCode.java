package dev.airproof.interpreter.syntax;

/**
 * Stable identifiers of the problems the AIR front end reports. Tests assert these codes; messages
 * may be reworded. The names follow AquaVM's lexer, parser and validator error variants
 * ({@code air-parser/src/parser/lexer/errors.rs}, {@code parser/errors.rs}).
 */
public enum DiagnosticCode {
  // Input
  INVALID_UTF8,
  EMPTY_SCRIPT,
  NESTING_TOO_DEEP,
  // Lexer
  UNCLOSED_QUOTE,
  EMPTY_STRING_TOKEN,
  INVALID_NAME_CHAR,
  EMPTY_TAGGED_NAME,
  EMPTY_CANON_NAME,
  EMPTY_VARIABLE,
  INVALID_LENS_CHAR,
  INVALID_NUMBER,
  NUMBER_OUT_OF_RANGE,
  FLOAT_TOO_LONG,
  LEADING_DOT,
  LENS_PARSE_ERROR,
  LENS_WITHOUT_ACCESSOR,
  // Grammar
  UNRECOGNIZED_TOKEN,
  UNEXPECTED_EOF,
  EXTRA_TOKEN,
  INVALID_TOKEN,
  // Validator
  UNDEFINED_VARIABLE,
  UNDEFINED_ITERABLE,
  MULTIPLE_NEXT_IN_FOLD,
  MULTIPLE_ITERABLE_VALUES_FOR_ONE_ITERATOR,
  ITERATOR_RESTRICTION_NOT_ALLOWED,
  UNSUPPORTED_LITERAL_ERROR_CODE,
  FOLD_HAS_INSTRUCTION_AFTER_NEXT,
  UNSUPPORTED_MAP_KEY_TYPE
}
