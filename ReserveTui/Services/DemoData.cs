using ReserveSdk;

namespace ReserveTui.Services;

/// <summary>
/// A clearly fictional organisation for newcomers: units named 示例…, people with generated names and facts
/// spread so that every rule of every scheme has people on both sides of it. Deterministic for a given seed.
/// </summary>
internal static class DemoData
{
    public sealed record DemoUnit(string Name, string Kind, int PrincipalPosts, int DeputyPosts, string? Parent);

    public static IReadOnlyList<DemoUnit> Units { get; } =
    [
        new("示例职业技术学院", "学院", 2, 4, null),
        new("示例学院机电系党总支", "党总支", 1, 2, "示例职业技术学院"),
        new("示例学院经管系党总支", "党总支", 1, 2, "示例职业技术学院"),
        new("示例街道办事处", "街道", 1, 3, null),
        new("示例街道党政办", "机关部门", 1, 1, "示例街道办事处"),
        new("示例街道经济办", "机关部门", 1, 1, "示例街道办事处"),
        new("示例东社区", "社区", 1, 1, "示例街道办事处"),
        new("示例西社区", "社区", 1, 1, "示例街道办事处"),
        new("示例市政管理处", "管理处", 1, 1, "示例街道办事处"),
        new("示例第一小学", "小学", 1, 2, null),
        new("示例实验中学", "中学", 1, 3, null),
        new("示例村党支部", "村", 1, 2, null),
        new("示例实业有限公司", "企业", 1, 4, null),
        new("示例县委组织部", "县直机关", 2, 4, null),
    ];

    private static readonly string[] Surnames = ["赵", "钱", "孙", "李", "周", "吴", "郑", "王", "冯", "陈", "褚", "卫", "蒋", "沈", "韩", "杨", "朱", "秦", "许", "何", "吕", "施", "张", "孔", "曹", "严", "华", "金", "魏", "陶"];
    private static readonly string[] Given = ["明", "华", "建", "国", "海", "燕", "丽", "军", "平", "伟", "芳", "敏", "静", "强", "磊", "洋", "艳", "勇", "杰", "娟", "涛", "超", "霞", "鹏", "琳", "晨", "宇", "欣", "悦", "然"];
    private static readonly string[] Ethnicities = ["汉族", "汉族", "汉族", "汉族", "汉族", "汉族", "回族", "壮族", "土家族", "苗族"];
    private static readonly string[] PostsPool = ["教研室主任", "党支部书记", "办公室主任", "科长", "社区主任", "辅导员", "项目经理"];

    public static IEnumerable<Person> People(int count, int seed = 20261124)
    {
        var rnd = new Random(seed);
        var reference = new DateOnly(2026, 6, 30);
        var serial = 0;
        var ids = new HashSet<string>();
        for (var i = 0; i < count; i++)
        {
            var unit = Units[rnd.Next(Units.Count)];
            var age = 24 + rnd.Next(30); // 24..53: every age limit has people on both sides
            var birth = reference.AddYears(-age).AddDays(-rnd.Next(365));
            var gender = rnd.Next(100) < 45 ? Gender.Female : Gender.Male;
            var education = Pick(rnd, [EducationLevel.HighSchool, EducationLevel.SecondaryVocational, EducationLevel.JuniorCollege, EducationLevel.Bachelor, EducationLevel.Bachelor, EducationLevel.Bachelor, EducationLevel.Master, EducationLevel.Master, EducationLevel.Doctor]);
            var workStart = birth.AddYears(education >= EducationLevel.Master ? 25 + rnd.Next(3) : 19 + rnd.Next(5));
            var rank = Pick(rnd, [RankLevel.None, RankLevel.Clerk, RankLevel.DeputySection, RankLevel.Section, RankLevel.DeputyDivision]);
            var teacher = unit.Kind is "学院" or "党总支" or "小学" or "中学" && rnd.Next(100) < 60;
            serial++;
            yield return new Person
            {
                Name = Surnames[rnd.Next(Surnames.Length)] + Given[rnd.Next(Given.Length)] + (rnd.Next(2) == 0 ? Given[rnd.Next(Given.Length)] : ""),
                Gender = gender,
                Ethnicity = Ethnicities[rnd.Next(Ethnicities.Length)],
                BirthDate = rnd.Next(40) == 0 ? null : birth, // a few unknown birth dates: "incomplete" has examples
                IdNumber = ids.Add(IdNumber(serial, birth, gender)) ? IdNumber(serial, birth, gender) : null,
                Party = Pick(rnd, [PartyAffiliation.CpcMember, PartyAffiliation.CpcMember, PartyAffiliation.CpcMember, PartyAffiliation.CpcProbationary, PartyAffiliation.YouthLeague, PartyAffiliation.DemocraticParty, PartyAffiliation.NonPartisan, PartyAffiliation.Masses]),
                Education = education,
                FullTime = rnd.Next(100) < 70,
                Degree = education switch { EducationLevel.Doctor => DegreeLevel.Doctor, EducationLevel.Master => DegreeLevel.Master, EducationLevel.Bachelor => DegreeLevel.Bachelor, _ => DegreeLevel.None },
                Title = Pick(rnd, [TitleLevel.None, TitleLevel.Junior, TitleLevel.Intermediate, TitleLevel.Intermediate, TitleLevel.AssociateSenior, TitleLevel.Senior]),
                Rank = rank,
                RankSince = rank == RankLevel.None ? null : workStart.AddYears(Math.Min(age - 23, 2 + rnd.Next(12))),
                WorkStart = workStart > reference ? reference.AddYears(-1) : workStart,
                Unit = unit.Name,
                UnitKind = unit.Kind,
                Posts = rnd.Next(100) < 50 ? [PostsPool[rnd.Next(PostsPool.Length)]] : [],
                MidManagementYears = rnd.Next(8),
                Teacher = teacher,
                MidLevel = rnd.Next(100) < 35,
                Discipline = rnd.Next(30) == 0 ? "警告处分" : "无",
                Misconduct = unit.Kind == "村" && rnd.Next(20) == 0 ? "赌博" : "无",
                ReturneeGraduate = unit.Kind == "村" ? rnd.Next(100) < 30 : false,
                ReadyNow = rnd.Next(100) < 35,
                Health = rnd.Next(25) == 0 ? "慢性病" : "健康",
            };
        }
    }

    // A syntactically valid GB 11643 number in a fictional area code 999999 (no real region uses it).
    private static string IdNumber(int serial, DateOnly birth, Gender gender)
    {
        var seq = serial % 500 * 2 + (gender == Gender.Male ? 1 : 0);
        var body = $"999999{birth:yyyyMMdd}{seq % 1000:000}";
        int[] w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var sum = 0;
        for (var i = 0; i < 17; i++) sum += (body[i] - '0') * w[i];
        return body + "10X98765432"[sum % 11];
    }

    private static T Pick<T>(Random rnd, T[] items) => items[rnd.Next(items.Length)];
}
