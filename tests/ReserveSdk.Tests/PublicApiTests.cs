using System.Reflection;
using System.Text;

namespace ReserveSdk.Tests;

/// <summary>
/// ReserveSdk's public surface is a promise to plugin authors: every change to it must show up as a diff of
/// ReserveSdk/PublicAPI.txt. To accept an intended change, run the tests with RESERVE_UPDATE_API=1 and commit the file.
/// </summary>
public sealed class PublicApiTests
{
    [Fact]
    public void PublicSurface_MatchesTheBaseline()
    {
        var actual = Describe(typeof(ISchemePlugin).Assembly);
        var baseline = Path.Combine(RepoRoot(), "ReserveSdk", "PublicAPI.txt");
        if (Environment.GetEnvironmentVariable("RESERVE_UPDATE_API") == "1") File.WriteAllText(baseline, actual);
        Assert.True(File.Exists(baseline), "ReserveSdk/PublicAPI.txt is missing: run the tests once with RESERVE_UPDATE_API=1");
        Assert.Equal(File.ReadAllText(baseline), actual);
    }

    [Fact]
    public void PublicSurface_ExposesNoStorageUiOrTemplateType()
    {
        var leaks = typeof(ISchemePlugin).Assembly.GetReferencedAssemblies().Select(a => a.Name!).Where(n => n is "LiteDB" or "Terminal.Gui" or "Scriban" or "Stateless");
        Assert.Empty(leaks);
    }

    private static string Describe(Assembly assembly)
    {
        var sb = new StringBuilder();
        foreach (var type in assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            sb.Append(Kind(type)).Append(' ').Append(type.FullName).Append('\n');
            const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
            var members = type.GetMembers(flags)
                .Where(m => m is not MethodInfo { IsSpecialName: true } && m is not Type)
                .Select(Member).Where(m => m is not null).Order(StringComparer.Ordinal);
            foreach (var m in members) sb.Append("    ").Append(m).Append('\n');
        }

        return sb.ToString();
    }

    private static string Kind(Type t) => t.IsEnum ? "enum" : t.IsInterface ? "interface" : t.IsValueType ? "struct" : t.IsAbstract && t.IsSealed ? "static class" : t.IsSealed ? "sealed class" : "class";

    private static string? Member(MemberInfo m) => m switch
    {
        ConstructorInfo c => $"ctor({Params(c.GetParameters())})",
        MethodInfo mi => $"{(mi.IsStatic ? "static " : "")}{Name(mi.ReturnType)} {mi.Name}{(mi.IsGenericMethod ? "<" + string.Join(",", mi.GetGenericArguments().Select(a => a.Name)) + ">" : "")}({Params(mi.GetParameters())})",
        PropertyInfo p => $"{(p.GetMethod?.IsStatic == true ? "static " : "")}{Name(p.PropertyType)} {p.Name} {{{(p.GetMethod?.IsPublic == true ? " get;" : "")}{(p.SetMethod?.IsPublic == true ? (p.SetMethod.ReturnParameter.GetRequiredCustomModifiers().Any(x => x.Name == "IsExternalInit") ? " init;" : " set;") : "")} }}",
        FieldInfo f => $"{(f.IsLiteral ? "const " : f.IsStatic ? "static " : "")}{Name(f.FieldType)} {f.Name}{(f.IsLiteral ? " = " + f.GetRawConstantValue() : "")}",
        EventInfo e => $"event {Name(e.EventHandlerType!)} {e.Name}",
        _ => null,
    };

    private static string Params(ParameterInfo[] ps) => string.Join(", ", ps.Select(p => $"{(p.GetCustomAttribute<ParamArrayAttribute>() is not null ? "params " : "")}{Name(p.ParameterType)} {p.Name}"));

    private static string Name(Type t) => t.IsGenericType
        ? $"{t.Name[..t.Name.IndexOf('`')]}<{string.Join(", ", t.GetGenericArguments().Select(Name))}>"
        : t.Name;

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ReserveTui.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("ReserveTui.sln not found above the test output");
    }
}
