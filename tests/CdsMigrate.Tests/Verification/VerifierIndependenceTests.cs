using System.Reflection;
using System.Text.RegularExpressions;
using CdsMigrate.Core.Conversion;
using CdsMigrate.Tests.Support;

namespace CdsMigrate.Tests.Verification;

/// <summary>
/// Issue 11, point 1: conversion does not import verification. The stages before the verifier (parsing, rules,
/// conversion, writing) know nothing of it: it reads their ledger, they never read or write its marks. Checked
/// two ways: the source (any mention of the namespace in code) and the compiled types (any member whose
/// signature names a verification type).
/// </summary>
public sealed partial class VerifierIndependenceTests
{
    private static readonly string[] Stages = ["Conversion", "Rules", "Parsing", "Writing"];

    [GeneratedRegex(@"\bVerification\s*\.\s*[A-Z]|using\s+CdsMigrate\.Core\.Verification\b")]
    private static partial Regex VerificationReference();

    [Fact]
    public void No_source_file_of_the_conversion_stages_names_the_verification_namespace()
    {
        var offenders = new List<string>();
        foreach (var stage in Stages)
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "src", "CdsMigrate.Core", stage), "*.cs", SearchOption.AllDirectories))
            {
                var lines = File.ReadAllLines(file);
                for (int i = 0; i < lines.Length; i++)
                {
                    string code = lines[i].TrimStart();
                    if (!code.StartsWith("//", StringComparison.Ordinal) && VerificationReference().IsMatch(code))
                    {
                        offenders.Add($"{Path.GetRelativePath(RepoPaths.Root, file)}:{i + 1}: {code}");
                    }
                }
            }
        }

        Assert.True(offenders.Count == 0, string.Join('\n', offenders));
    }

    [Fact]
    public void No_type_of_the_conversion_stages_has_a_member_typed_with_a_verification_type()
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var assembly = typeof(ConversionContext).Assembly;
        var offenders = new List<string>();
        foreach (var type in assembly.GetTypes().Where(t => Stages.Any(s => t.Namespace is { } ns && (ns == "CdsMigrate.Core." + s || ns.StartsWith("CdsMigrate.Core." + s + ".", StringComparison.Ordinal)))))
        {
            var used = new List<Type?> { type.BaseType };
            used.AddRange(type.GetInterfaces());
            used.AddRange(type.GetFields(all).Select(f => f.FieldType));
            used.AddRange(type.GetProperties(all).Select(p => p.PropertyType));
            foreach (var method in type.GetMethods(all).Cast<MethodBase>().Concat(type.GetConstructors(all)))
            {
                used.AddRange(method.GetParameters().Select(p => p.ParameterType));
                if (method is MethodInfo m)
                {
                    used.Add(m.ReturnType);
                }

                // Locals too: a method body that news up a verifier shows in its local variable types.
                used.AddRange(method.GetMethodBody()?.LocalVariables.Select(l => l.LocalType) ?? []);
            }

            foreach (var t in used.Where(t => t is not null).SelectMany(Flatten))
            {
                if (t.Namespace == "CdsMigrate.Core.Verification")
                {
                    offenders.Add($"{type.FullName} uses {t.FullName}");
                }
            }
        }

        Assert.True(offenders.Count == 0, string.Join('\n', offenders.Distinct()));
    }

    private static IEnumerable<Type> Flatten(Type? type)
    {
        if (type is null)
        {
            yield break;
        }

        yield return type;
        if (type.HasElementType)
        {
            foreach (var t in Flatten(type.GetElementType()))
            {
                yield return t;
            }
        }

        if (type.IsGenericType)
        {
            foreach (var t in type.GetGenericArguments().SelectMany(Flatten))
            {
                yield return t;
            }
        }
    }
}
