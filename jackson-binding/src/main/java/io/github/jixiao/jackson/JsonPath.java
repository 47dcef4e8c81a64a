package io.github.jixiao.jackson;

/**
 * A JSON path, built a segment at a time as the reader descends and written out only when a problem
 * names it: reading a valid document renders none.
 */
final class JsonPath {
  /** {@code $}, the document itself. */
  static final JsonPath ROOT = new JsonPath(null, null, -1);

  private final JsonPath parent;
  private final String field;
  private final int index;

  private JsonPath(JsonPath parent, String field, int index) {
    this.parent = parent;
    this.field = field;
    this.index = index;
  }

  /** The path of a field of the object at this path. */
  JsonPath field(String name) {
    return new JsonPath(this, name, -1);
  }

  /** The path of an element of the array at this path. */
  JsonPath index(int i) {
    return new JsonPath(this, null, i);
  }

  /** {@code $.levels[0].weight}; a field name that is no identifier is quoted: {@code $['a b']}. */
  @Override
  public String toString() {
    return render(new StringBuilder()).toString();
  }

  private StringBuilder render(StringBuilder path) {
    if (parent == null) {
      return path.append('$');
    }
    parent.render(path);
    if (field == null) {
      return path.append('[').append(index).append(']');
    }
    if (isPlainName(field)) {
      return path.append('.').append(field);
    }
    return path.append("['").append(field.replace("'", "\\'")).append("']");
  }

  /** Whether a field name needs no quoting in a JSON path: {@code [A-Za-z_][A-Za-z0-9_]*}. */
  private static boolean isPlainName(String name) {
    if (name.isEmpty()) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
      if (!letter && !(i > 0 && c >= '0' && c <= '9')) {
        return false;
      }
    }
    return true;
  }
}
