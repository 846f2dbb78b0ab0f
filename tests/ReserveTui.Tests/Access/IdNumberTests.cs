using System.Text.Json;
using ReserveTui.Hosting;
using ReserveTui.Services;
using ReserveTui.Services.Access;
using ReserveTui.Storage;

namespace ReserveTui.Tests.Access;

/// <summary>ID numbers: masked in every list, whole in a person's own file for those entitled — and that view recorded.</summary>
public sealed class IdNumberTests : IDisposable
{
    private readonly Deployment _org = new();

    private PeopleService People(string operatorName, ReserveDatabase db) =>
        new(db, TimeProvider.System, new UserService(db, TimeProvider.System).Resolve(operatorName));

    [Fact]
    public void Lists_MaskEveryIdNumber_ForEveryRole()
    {
        foreach (var who in new[] { Deployment.Admin, Deployment.StreetOperator, Deployment.Viewer })
        {
            var people = JsonDocument.Parse(_org.Ok(who, "people", "list", "--json")).RootElement.GetProperty("people");
            var mask = who == Deployment.Viewer ? @"^\d{6}\*{12}$" : @"^\d{6}\*{8}\d{3}[\dX]$";
            Assert.All(people.EnumerateArray(), p => Assert.Matches(mask, p.GetProperty("id_number").GetString()!));
            Assert.DoesNotContain(Deployment.Roster[0].IdNumber, _org.Ok(who, "people", "list", "--json"));
        }
    }

    [Fact]
    public void APersonsFile_ShowsTheWholeNumber_ToAnAdminAndTheirUnitsOperator_AndTheRecordNotesIt()
    {
        using var db = ReserveDatabase.Open(_org.Database);
        var streetPerson = People(Deployment.Admin, db).Page("街道甲", 0, 1).Single().Id;
        var before = new AuditLog(db).Count();

        Assert.Equal(Deployment.Roster[0].IdNumber, People(Deployment.Admin, db).Show(streetPerson)!.Person.IdNumber);
        Assert.Equal(Deployment.Roster[0].IdNumber, People(Deployment.StreetOperator, db).Show(streetPerson)!.Person.IdNumber);
        var viewed = new AuditLog(db).Read(null, null).Skip(before).ToList();
        Assert.Equal([(Deployment.Admin, "person.id-view"), (Deployment.StreetOperator, "person.id-view")], viewed.Select(e => (e.Operator!, e.Action!)));
        Assert.All(viewed, e => Assert.DoesNotContain(Deployment.Roster[0].IdNumber, e.Data ?? ""));

        // A viewer sees the region only — the usual mask hides the birth date they see anyway — and nothing is recorded.
        Assert.Equal("110105************", People(Deployment.Viewer, db).Show(streetPerson)!.Person.IdNumber);
        Assert.Equal(before + 2, new AuditLog(db).Count());

        // Another unit's person does not exist for the street's operator at all.
        var collegePerson = People(Deployment.Admin, db).Page("学院丙", 0, 1).Single().Id;
        Assert.Null(People(Deployment.StreetOperator, db).Show(collegePerson));
        Assert.Null(People(Deployment.StreetOperator, db).Find(collegePerson));
    }

    [Fact]
    public void AViewer_CannotFindANumberDigitByDigit_OnlyByTheWholeNumber()
    {
        using var db = ReserveDatabase.Open(_org.Database);
        var viewer = People(Deployment.Viewer, db);
        var number = Deployment.Roster[2].IdNumber;
        Assert.Equal(0, viewer.Count(number[..10]));
        Assert.Equal(0, viewer.Count(number[3..8]));
        Assert.Equal(1, viewer.Count(number));
        Assert.Equal(1, viewer.Count(number.ToLowerInvariant()));
        Assert.Equal(2, People(Deployment.Admin, db).Count("110108"));
        Assert.Equal(1, viewer.Count("学院丙"));
    }

    [Fact]
    public void TheMask_KeepsRegionAndLastFour()
    {
        Assert.Equal("110105********002X", IdNumberMask.Mask("11010519491231002X"));
        Assert.Equal("*******89", IdNumberMask.Mask("123456789"));
        Assert.Equal("***", IdNumberMask.Mask("abc"));
    }

    [Fact]
    public void TheLog_NeverHoldsANameOrAnIdNumber()
    {
        using var dir = new TempDir();
        var log = new ErrorLog(Path.Combine(dir.Path, "reserve.log"));
        var shown = log.Record(new InvalidOperationException($"人员 张三丰（{Deployment.Roster[0].IdNumber}）的记录无法读取"), "导入名册");
        var text = File.ReadAllText(log.Path);
        Assert.DoesNotContain("张三丰", text);
        Assert.DoesNotContain(Deployment.Roster[0].IdNumber, text);
        Assert.DoesNotContain("110105", text);
        Assert.Contains("System.InvalidOperationException", text);
        // The operator's own sentence still says what happened.
        Assert.Contains("张三丰", shown);
    }

    public void Dispose() => _org.Dispose();
}
