using Mono.Cecil;
using Xunit.Abstractions;

namespace TelnyxMock.Tests.Architecture;

/// <summary>
/// The mock's parts depend on each other one way (STYLE.md, habit 12): the engine (<c>Resources</c>, <c>Fixtures</c>),
/// <c>Common</c> and <c>Data</c> know no resource; <c>V1</c> and <c>V2</c> know the engine (and V1 the connection values V2 keeps); <c>Control</c> knows resources
/// through their registrations; <c>Hosting</c> is the composition root, which may name every part and which no part
/// names. Read from the compiled assembly (every type a type's signatures, attributes and method bodies name), so a
/// dependency written with a full name or hidden in a lambda counts as much as a using directive.
/// </summary>
public sealed class NamespaceDependencyTests(ITestOutputHelper output)
{
    private const string Root = "TelnyxMock";

    /// <summary>What each part may name besides itself. Anything else is a dependency the wrong way.</summary>
    private static readonly Dictionary<string, string[]> Allowed = new()
    {
        ["Common"] = [],
        ["Data"] = ["Common"],
        ["Resources"] = ["Common", "Data"],
        ["Fixtures"] = ["Common", "Data", "Resources"],
        // V1 is the older surface of the same connections: it names the connection vocabulary V2 keeps, never the reverse.
        ["V1"] = ["Common", "Data", "Resources", "Fixtures", "V2"],
        ["V2"] = ["Common", "Data", "Resources", "Fixtures"],
        ["Control"] = ["Common", "Data", "Resources", "Fixtures"],
        ["Hosting"] = ["Common", "Data", "Resources", "Fixtures", "V1", "V2", "Control"],
    };

    [Fact]
    public void EveryPart_NamesOnlyThePartsBelowIt()
    {
        var edges = Edges();
        var wrong = edges.Where(e => !Allowed.TryGetValue(e.Key.From, out var allowed) || !allowed.Contains(e.Key.To))
            .Select(e => $"{e.Key.From} -> {e.Key.To} (e.g. {string.Join(", ", e.Value.Take(3))})")
            .ToList();
        foreach (var line in wrong)
        {
            output.WriteLine(line);
        }

        Assert.True(wrong.Count == 0, "Dependencies the wrong way:\n" + string.Join("\n", wrong));
    }

    [Fact]
    public void ThePartsFormNoCycle()
    {
        var graph = Edges().Keys.GroupBy(e => e.From).ToDictionary(g => g.Key, g => g.Select(e => e.To).ToHashSet());
        var cycle = FindCycle(graph);
        Assert.True(cycle is null, $"Namespace cycle: {string.Join(" -> ", cycle ?? [])}");
    }

    [Fact]
    public void EveryPart_IsKnownToThisTest()
    {
        Assert.All(Edges().Keys.SelectMany(e => new[] { e.From, e.To }).Distinct(), part => Assert.Contains(part, Allowed.Keys));
    }

    /// <summary>The first cycle found by a depth-first walk, as the parts along it, or null.</summary>
    private static List<string>? FindCycle(Dictionary<string, HashSet<string>> graph)
    {
        var state = new Dictionary<string, int>();
        var path = new List<string>();
        List<string>? Visit(string node)
        {
            state[node] = 1;
            path.Add(node);
            foreach (var next in graph.GetValueOrDefault(node) ?? [])
            {
                if (state.GetValueOrDefault(next) == 1)
                {
                    return [.. path.Skip(path.IndexOf(next)), next];
                }

                if (state.GetValueOrDefault(next) == 0 && Visit(next) is { } found)
                {
                    return found;
                }
            }

            path.RemoveAt(path.Count - 1);
            state[node] = 2;
            return null;
        }

        return graph.Keys.Where(n => state.GetValueOrDefault(n) == 0).Select(Visit).FirstOrDefault(c => c is not null);
    }

    /// <summary>Part → part, with a few of the types that make each edge.</summary>
    private static Dictionary<(string From, string To), SortedSet<string>> Edges()
    {
        using var module = ModuleDefinition.ReadModule(typeof(Program).Assembly.Location);
        var edges = new Dictionary<(string, string), SortedSet<string>>();
        foreach (var type in module.GetTypes())
        {
            var from = Part(type);
            if (from is null)
            {
                continue;
            }

            foreach (var named in Named(type))
            {
                if (Part(named) is { } to && to != from)
                {
                    if (!edges.TryGetValue((from, to), out var examples))
                    {
                        edges[(from, to)] = examples = new SortedSet<string>(StringComparer.Ordinal);
                    }

                    examples.Add($"{Outer(type).FullName} names {named.FullName}");
                }
            }
        }

        // Constants are copied into the code that reads them, so the assembly alone misses an OpenApiDocuments.Telnyx:
        // the source's using directives and full names count too.
        foreach (var (from, to, file) in SourceEdges())
        {
            if (!edges.TryGetValue((from, to), out var examples))
            {
                edges[(from, to)] = examples = new SortedSet<string>(StringComparer.Ordinal);
            }

            examples.Add($"{file} names TelnyxMock.{to}");
        }

        return edges;
    }

    /// <summary>Part → part as the source files write them (using directives, full names), with the file.</summary>
    private static IEnumerable<(string From, string To, string File)> SourceEdges()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "TelnyxMock.sln")))
        {
            root = root.Parent;
        }

        Assert.NotNull(root);
        var source = Path.Combine(root.FullName, "src", Root);
        var named = new System.Text.RegularExpressions.Regex(@"\bTelnyxMock\.(\w+)");
        foreach (var file in Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            if (relative.StartsWith("bin", StringComparison.Ordinal) || relative.StartsWith("obj", StringComparison.Ordinal))
            {
                continue;
            }

            var text = File.ReadAllText(file);
            var from = System.Text.RegularExpressions.Regex.Match(text, @"^namespace TelnyxMock\.(\w+)", System.Text.RegularExpressions.RegexOptions.Multiline);
            if (!from.Success)
            {
                continue;
            }

            foreach (var to in named.Matches(text).Select(m => m.Groups[1].Value).Distinct().Where(to => to != from.Groups[1].Value && Allowed.ContainsKey(to)))
            {
                yield return (from.Groups[1].Value, to, relative);
            }
        }
    }

    private static TypeReference Outer(TypeReference type) => type.DeclaringType is { } declaring ? Outer(declaring) : type;

    /// <summary>The part a type belongs to: the namespace segment after TelnyxMock; null for types outside the mock.</summary>
    private static string? Part(TypeReference type)
    {
        var ns = Outer(type.GetElementType()).Namespace;
        if (ns != Root && !ns.StartsWith(Root + ".", StringComparison.Ordinal))
        {
            return null;
        }

        var segments = ns.Split('.');
        return segments.Length > 1 ? segments[1] : null;
    }

    private static IEnumerable<TypeReference> Named(TypeDefinition type)
    {
        IEnumerable<TypeReference> Expand(TypeReference? t)
        {
            if (t is null)
            {
                yield break;
            }

            yield return t.GetElementType();
            if (t is GenericInstanceType generic)
            {
                foreach (var argument in generic.GenericArguments.SelectMany(Expand))
                {
                    yield return argument;
                }
            }
        }

        var names = new List<TypeReference?> { type.BaseType };
        names.AddRange(type.Interfaces.Select(i => i.InterfaceType));
        names.AddRange(type.CustomAttributes.Select(a => a.AttributeType));
        names.AddRange(type.Fields.Select(f => f.FieldType));
        names.AddRange(type.Properties.Select(p => p.PropertyType));
        foreach (var method in type.Methods)
        {
            names.Add(method.ReturnType);
            names.AddRange(method.Parameters.Select(p => p.ParameterType));
            names.AddRange(method.CustomAttributes.Select(a => a.AttributeType));
            if (!method.HasBody)
            {
                continue;
            }

            names.AddRange(method.Body.Variables.Select(v => v.VariableType));
            foreach (var instruction in method.Body.Instructions)
            {
                names.Add(instruction.Operand switch
                {
                    TypeReference t => t,
                    MethodReference m => m.DeclaringType,
                    FieldReference f => f.DeclaringType,
                    _ => null,
                });
                if (instruction.Operand is MethodReference { } called)
                {
                    names.Add(called.ReturnType);
                    names.AddRange(called.Parameters.Select(p => p.ParameterType));
                    if (called is GenericInstanceMethod g)
                    {
                        names.AddRange(g.GenericArguments);
                    }
                }
            }
        }

        return names.SelectMany(Expand);
    }
}
