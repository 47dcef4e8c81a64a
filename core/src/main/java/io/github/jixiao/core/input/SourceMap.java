package io.github.jixiao.core.input;

import io.github.jixiao.core.model.FormPath;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where each value of a form was read: its {@link FormPath} to its {@link SourceLocation}. A reader
 * that keeps one returns it with the form in its {@link ReadResult}; the scorer uses it to name the
 * source of each finding. Immutable.
 *
 * <pre>{@code
 * ReadResult read = FormJson.create().read(Path.of("form.json"));
 * read.sourceMap().locate(FormPath.REPORTED_TOTAL);  // Optional[line 68, column 20]
 * }</pre>
 */
public final class SourceMap {

  /** A map that locates nothing: for a form built in code, or read without one. */
  public static final SourceMap EMPTY = new SourceMap(Map.of(), Optional.empty());

  private final Map<FormPath, SourceLocation> locations;
  private final Optional<FormSource> source;

  private SourceMap(Map<FormPath, SourceLocation> locations, Optional<FormSource> source) {
    this.locations = locations;
    this.source = source;
  }

  /**
   * A map of the given locations.
   *
   * @param locations each value's path and where it was read
   * @return the map, a copy
   * @throws NullPointerException if the map, a key or a value is null
   */
  public static SourceMap of(Map<FormPath, SourceLocation> locations) {
    return locations.isEmpty() ? EMPTY : new SourceMap(Map.copyOf(locations), Optional.empty());
  }

  /**
   * The file (and sheet) the form was read from, where the reader names it: a workbook's forms name
   * their file and sheet, a JSON document read from a file (or a stream given a name) its file; a
   * document read from text or an unnamed stream names none.
   *
   * @return the source; empty where the reader names none
   */
  public Optional<FormSource> source() {
    return source;
  }

  /**
   * This map, naming the file (and sheet) the form was read from.
   *
   * @param source the source
   * @return a map with the same locations and the source
   * @throws NullPointerException if the source is null
   */
  public SourceMap withSource(FormSource source) {
    return new SourceMap(
        locations, Optional.of(Objects.requireNonNull(source, "source must not be null")));
  }

  /**
   * Where the value at a path was read; for a path the map lacks, the nearest enclosing one that it
   * has (a level's weight that the form leaves blank is located at its level).
   *
   * @param path the value's path
   * @return its location; empty where neither it nor any enclosing path was located
   */
  public Optional<SourceLocation> locate(FormPath path) {
    Objects.requireNonNull(path, "path must not be null");
    if (locations.isEmpty()) {
      return Optional.empty();
    }
    for (Optional<FormPath> p = Optional.of(path); p.isPresent(); p = p.get().parent()) {
      SourceLocation location = locations.get(p.get());
      if (location != null) {
        return Optional.of(location);
      }
    }
    return Optional.empty();
  }

  /**
   * Where exactly the value at a path was read, without looking at enclosing paths.
   *
   * @param path the value's path
   * @return its location; empty where the map does not have it
   */
  public Optional<SourceLocation> exactly(FormPath path) {
    return Optional.ofNullable(
        locations.get(Objects.requireNonNull(path, "path must not be null")));
  }

  /**
   * How many values the map locates.
   *
   * @return the number of paths
   */
  public int size() {
    return locations.size();
  }

  /**
   * A builder, for readers. Not thread-safe; the map it builds is.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Collects locations as a reader meets them; the first location given for a path stays. */
  public static final class Builder {
    private final Map<FormPath, SourceLocation> locations = new HashMap<>();
    private Optional<FormSource> source = Optional.empty();

    private Builder() {}

    /**
     * Names the file (and sheet) the form is read from.
     *
     * @param source the source
     * @return this builder
     * @throws NullPointerException if the source is null
     */
    public Builder source(FormSource source) {
      this.source = Optional.of(Objects.requireNonNull(source, "source must not be null"));
      return this;
    }

    /**
     * Records where a value was read, unless the path already has a location.
     *
     * @param path the value's path
     * @param location where it was read
     * @return this builder
     * @throws NullPointerException if an argument is null
     */
    public Builder put(FormPath path, SourceLocation location) {
      locations.putIfAbsent(
          Objects.requireNonNull(path, "path must not be null"),
          Objects.requireNonNull(location, "location must not be null"));
      return this;
    }

    /**
     * The map of the locations recorded so far.
     *
     * @return an immutable map
     */
    public SourceMap build() {
      return locations.isEmpty() && source.isEmpty()
          ? EMPTY
          : new SourceMap(Map.copyOf(locations), source);
    }
  }
}
