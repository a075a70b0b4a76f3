/// The one intention a person carries into the day or through a doorway.
public enum Intention: String, CaseIterable, Codable, Hashable, Sendable {
    case notice, listen, encourage
}
