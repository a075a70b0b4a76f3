/// The content files of this folder, compiled into the binary so that an
/// installed `tend` always finds its practice cards and prompts.
public enum EmbeddedResources {
    /// `practices.toml`: the built-in practice cards.
    public static var practicesTOML: String { String(decoding: PackageResources.practices_toml, as: UTF8.self) }
    /// `prompts.toml`: bedtime prompts and intention descriptions.
    public static var promptsTOML: String { String(decoding: PackageResources.prompts_toml, as: UTF8.self) }
}
