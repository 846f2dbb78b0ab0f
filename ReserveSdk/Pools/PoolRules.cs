namespace ReserveSdk;

/// <summary>The quantity and structure rules the schemes share, parameterised.</summary>
/// <example>
/// <code>
/// PoolRules.PerPosts("quantity.principal", "正职后备按领导班子正职1:2确定", "第二篇(一) 三(一)", PostLevel.Principal, 2m);
/// PoolRules.ShareAtLeast("structure.diversity", "民主党派、无党派、女、少数民族干部约占15%", "第二篇(一) 三(二)", 0.12m, "党外、女或少数民族", p => p.IsNonCpc == true || p.Gender == Gender.Female || p.IsEthnicMinority == true);
/// </code>
/// </example>
public static class PoolRules
{
    /// <summary>Reserves of a level = ratio × that level's posts over all units (正职 1:2 → 2, 副职 1:1 → 1).</summary>
    /// <param name="id">Rule id.</param>
    /// <param name="description">The rule in Chinese.</param>
    /// <param name="citation">Where the source says it.</param>
    /// <param name="level">正职 or 副职.</param>
    /// <param name="ratio">Reserves per post.</param>
    /// <returns>The rule.</returns>
    public static PoolRule PerPosts(string id, string description, string citation, PostLevel level, decimal ratio) =>
        new(id, description, citation, PoolRuleKind.Quantity, c =>
        {
            var posts = c.Units.Sum(u => level == PostLevel.Principal ? u.PrincipalPosts : u.DeputyPosts);
            return Count(id, description, citation, LevelName(level) + "后备", (int)Math.Ceiling(posts * ratio), c.Members.Count(m => m.Level == level),
                $"{LevelName(level)}职数 {posts}，按 1:{Number(ratio)} ");
        });

    /// <summary>
    /// Reserves of one track = ratio × the posts that track feeds (college 三(一): 正处级后备 against 正处 posts, 正科级后备
    /// against 正科 posts), so one track's reserves never fill another's target.
    /// </summary>
    /// <param name="id">Rule id.</param>
    /// <param name="description">The rule in Chinese.</param>
    /// <param name="citation">Where the source says it.</param>
    /// <param name="track">The track counted.</param>
    /// <param name="ratio">Reserves per post.</param>
    /// <param name="postsLabel">The posts counted, in Chinese (e.g. 正处级职数).</param>
    /// <param name="posts">How many of those posts a unit has.</param>
    /// <returns>The rule.</returns>
    /// <example><code>PoolRules.PerTrackPosts("quantity.principal-division", "正处级后备按正处职数1:2确定", "第二篇(一) 三(一)", CollegeTracks.PrincipalDivision, 2m, "正处级职数", u => u.Kind == "科室" ? 0 : u.PrincipalPosts)</code></example>
    public static PoolRule PerTrackPosts(string id, string description, string citation, Track track, decimal ratio, string postsLabel, Func<UnitFacts, int> posts) =>
        new(id, description, citation, PoolRuleKind.Quantity, c =>
        {
            var total = c.Units.Sum(posts);
            return Count(id, description, citation, track.Name, (int)Math.Ceiling(total * ratio), c.Members.Count(m => m.TrackId == track.Id),
                $"{postsLabel} {total}，按 1:{Number(ratio)} ");
        });

    /// <summary>Reserves = ratio × the number of units of the given kinds (street: ½ × 机关部门 + 社区 + 管理处).</summary>
    /// <param name="id">Rule id.</param>
    /// <param name="description">The rule in Chinese.</param>
    /// <param name="citation">Where the source says it.</param>
    /// <param name="ratio">Reserves per unit.</param>
    /// <param name="unitKinds">The unit kinds counted.</param>
    /// <returns>The rule.</returns>
    public static PoolRule PerUnits(string id, string description, string citation, decimal ratio, params string[] unitKinds) =>
        new(id, description, citation, PoolRuleKind.Quantity, c =>
        {
            var units = c.Units.Count(u => unitKinds.Contains(u.Kind));
            return Count(id, description, citation, "后备干部", (int)Math.Ceiling(units * ratio), c.Members.Count,
                $"{string.Join("、", unitKinds)}共 {units} 个，按 {Number(ratio)} 比例");
        });

    /// <summary>A standing number of reserves of a level (county: 正职 150, 副职 300).</summary>
    /// <param name="id">Rule id.</param>
    /// <param name="description">The rule in Chinese.</param>
    /// <param name="citation">Where the source says it.</param>
    /// <param name="level">正职 or 副职.</param>
    /// <param name="target">The number kept at all times.</param>
    /// <returns>The rule.</returns>
    public static PoolRule Fixed(string id, string description, string citation, PostLevel level, int target) =>
        new(id, description, citation, PoolRuleKind.Quantity, c =>
            Count(id, description, citation, LevelName(level) + "后备", target, c.Members.Count(m => m.Level == level), "常年保持 "));

    /// <summary>At least <paramref name="min"/> reserves match (street: 30 岁以下 at least 5).</summary>
    /// <param name="id">Rule id.</param>
    /// <param name="description">The rule in Chinese.</param>
    /// <param name="citation">Where the source says it.</param>
    /// <param name="min">The minimum count.</param>
    /// <param name="label">What is counted, in Chinese.</param>
    /// <param name="matches">Who counts; receives the reference date.</param>
    /// <returns>The rule.</returns>
    /// <param name="levels">Only reserves of these levels (all when empty).</param>
    public static PoolRule CountAtLeast(string id, string description, string citation, int min, string label, Func<Person, DateOnly, bool> matches, params PostLevel[] levels) =>
        new(id, description, citation, PoolRuleKind.Structure, c =>
            Count(id, description, citation, label, min, c.Members.Count(m => (levels.Length == 0 || levels.Contains(m.Level)) && matches(m.Person, c.ReferenceDate)), ""));

    /// <summary>Who is under <paramref name="age"/> on the reference date (unknown ages do not count).</summary>
    /// <param name="age">The bound, excluded.</param>
    /// <returns>A pool predicate.</returns>
    /// <example><code>PoolRules.CountAtLeast("structure.under30", "30岁以下的后备干部要有5名以上", "第二篇(二) 四2", 5, "30岁以下", PoolRules.AgedUnder(30))</code></example>
    public static Func<Person, DateOnly, bool> AgedUnder(int age) => (p, on) => p.AgeOn(on) is { } a && a < age;

    /// <summary>Who is <paramref name="age"/> or younger on the reference date: "N岁以下" includes N (以上、以下包括本数).</summary>
    /// <param name="age">The bound, included.</param>
    /// <returns>A pool predicate.</returns>
    /// <example><code>PoolRules.CountAtLeast("structure.under30", "30岁以下的后备干部要有5名以上", "第二篇(二) 四2", 5, "30岁以下", PoolRules.AgedAtMost(30))</code></example>
    public static Func<Person, DateOnly, bool> AgedAtMost(int age) => (p, on) => p.AgeOn(on) is { } a && a <= age;

    /// <summary>Who is aged from <paramref name="min"/> to <paramref name="max"/> (both included) on the reference date.</summary>
    /// <param name="min">Lowest age.</param>
    /// <param name="max">Highest age.</param>
    /// <returns>A pool predicate.</returns>
    public static Func<Person, DateOnly, bool> AgedBetween(int min, int max) => (p, on) => p.AgeOn(on) is { } a && a >= min && a <= max;

    /// <summary>At least a share of the reserves match; below it the finding is a warning with the number to add.</summary>
    /// <param name="id">Rule id.</param>
    /// <param name="description">The rule in Chinese.</param>
    /// <param name="citation">Where the source says it.</param>
    /// <param name="share">The minimum share, e.g. 0.12 for "about 15%, warn under 12%".</param>
    /// <param name="label">What is counted, in Chinese.</param>
    /// <param name="matches">Who counts.</param>
    /// <param name="levels">Only reserves of these levels (all when empty).</param>
    /// <returns>The rule.</returns>
    public static PoolRule ShareAtLeast(string id, string description, string citation, decimal share, string label, Func<Person, bool> matches, params PostLevel[] levels) =>
        ShareAtLeast(id, description, citation, share, label, (p, _) => matches(p), levels);

    /// <summary>At least a share of the reserves match, judged with the reference date (for age bands).</summary>
    /// <param name="id">Rule id.</param>
    /// <param name="description">The rule in Chinese.</param>
    /// <param name="citation">Where the source says it.</param>
    /// <param name="share">The minimum share.</param>
    /// <param name="label">What is counted, in Chinese.</param>
    /// <param name="matches">Who counts; receives the reference date.</param>
    /// <param name="levels">Only reserves of these levels (all when empty).</param>
    /// <returns>The rule.</returns>
    public static PoolRule ShareAtLeast(string id, string description, string citation, decimal share, string label, Func<Person, DateOnly, bool> matches, params PostLevel[] levels) =>
        new(id, description, citation, PoolRuleKind.Structure, c =>
        {
            var members = c.Members.Where(m => levels.Length == 0 || levels.Contains(m.Level)).ToList();
            var count = members.Count(m => matches(m.Person, c.ReferenceDate));
            var needed = (int)Math.Ceiling(members.Count * share);
            var pct = members.Count == 0 ? 0m : (decimal)count / members.Count;
            var met = count >= needed;
            var text = $"{label} {count} 名，占 {Percent(pct)}，要求不低于 {Percent(share)}" + (met ? "" : $"，至少还需 {needed - count} 名");
            return new PoolFinding(id, description, citation, met ? PoolStatus.Met : PoolStatus.Warning, text) { Target = needed, Actual = count };
        });

    private static PoolFinding Count(string id, string description, string citation, string label, int target, int actual, string basis)
    {
        var met = actual >= target;
        var text = $"{basis}目标{label} {target} 名，现有 {actual} 名" + (met ? "，已达标" : $"，缺 {target - actual} 名");
        return new PoolFinding(id, description, citation, met ? PoolStatus.Met : PoolStatus.Short, text) { Target = target, Actual = actual };
    }

    // Culture-free, so a server's LANG cannot change what operators and tests read.
    private static string Percent(decimal share) => Number(Math.Round(share * 100, 0, MidpointRounding.AwayFromZero)) + "%";

    private static string Number(decimal value) => value.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);

    private static string LevelName(PostLevel level) => level == PostLevel.Principal ? "正职" : "副职";
}
