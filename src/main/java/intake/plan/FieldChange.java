package intake.plan;

/**
 * One field of a stored record that an update changes.
 *
 * @param from the stored value, null when empty
 * @param to the new value, null when cleared
 */
public record FieldChange(Object from, Object to) {
}
