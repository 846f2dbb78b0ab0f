using ReserveSdk;
using ReserveTui.Hosting;
using ReserveTui.Import;
using ReserveTui.Plugins;

namespace ReserveTui.Services;

/// <summary>
/// <c>reserve check</c>: eligibility of every row of a roster against one track, with no database.
/// Two streaming passes: the first validates every row (a bad file writes nothing and fails with every
/// row-level message), the second evaluates and yields one result at a time — so a 100,000-row roster is
/// never held in memory, not even once.
/// </summary>
internal static class RosterCheckService
{
    public static IEnumerable<CheckedRow> Check(LoadedScheme scheme, string trackIdOrName, string rosterPath, DateOnly referenceDate, string? unitKind)
    {
        var track = SchemeCatalog.GetTrack(scheme.Definition, trackIdOrName);
        ValidateAll(rosterPath, referenceDate);
        return Evaluate(scheme.Definition, track, rosterPath, new EvaluationContext(referenceDate) { UnitKind = unitKind });
    }

    private static void ValidateAll(string path, DateOnly referenceDate)
    {
        var errors = new List<string>();
        foreach (var row in RosterReader.Read(path, referenceDate))
            errors.AddRange(row.Errors.Select(e => e.ToString()));
        if (errors.Count > 0)
            throw new ReserveException(ErrorCode.BadInput, $"名册有 {errors.Count} 处错误，未进行资格审查", errors);
    }

    private static IEnumerable<CheckedRow> Evaluate(SchemeDefinition scheme, Track track, string path, EvaluationContext context)
    {
        foreach (var row in RosterReader.Read(path, context.ReferenceDate))
        {
            // Validated above; a file changed between the passes is reported rather than half-checked.
            if (row.Person is null)
                throw new ReserveException(ErrorCode.BadInput, "名册在审查过程中被修改，请重新运行", row.Errors.Select(e => e.ToString()).ToList());
            yield return new CheckedRow(row.Row, row.Person.Name, Eligibility.Evaluate(scheme, track.Id, row.Person, context));
        }
    }
}
