using Tomlyn.Model;
using Tomlyn.Serialization;

namespace CdsMigrate.Core.Site;

/// <summary>
/// Tomlyn's metadata for reading a Hugo configuration as a plain <see cref="TomlTable"/>, made at build time by
/// Tomlyn's source generator. Its reflection-based reader cannot run in the native (ahead-of-time compiled) build
/// of the command-line tool, which has no JIT to make serialisation code at run time.
/// </summary>
[TomlSerializable(typeof(TomlTable))]
internal sealed partial class HugoTomlContext : TomlSerializerContext;
