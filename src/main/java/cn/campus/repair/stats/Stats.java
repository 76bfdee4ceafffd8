package cn.campus.repair.stats;

import cn.campus.repair.account.User;
import cn.campus.repair.account.Users;
import cn.campus.repair.catalogue.Catalogue;
import cn.campus.repair.catalogue.Category;
import cn.campus.repair.stats.StatsViews.Group;
import cn.campus.repair.stats.StatsViews.Named;
import cn.campus.repair.stats.StatsViews.Overview;
import cn.campus.repair.stats.StatsViews.Period;
import cn.campus.repair.stats.StatsViews.Spread;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/** The headline numbers and the per-category and per-building tables, with names for the ids. */
@Component
class Stats {

  private static final String RECEIVED = "RECEIVED";
  private static final String REJECTED = "REJECTED";
  private static final String CANCELLED = "CANCELLED";
  /**
   * What the overview sums of {@code stats_day} in one statement: received, the three ends, the
   * repairs' due and on-time counts (COMPLETED), the ratings (RATED), refusals and repeat faults.
   */
  private static final List<String> OVERVIEW_MEASURES = List.of(RECEIVED, StatsTables.COMPLETED, REJECTED,
      CANCELLED, StatsTables.RATED, StatsTables.REFUSED, RollupFacts.REPEAT);

  private final VolumeKpis volume;
  private final SpeedKpis speed;
  private final PeopleKpis people;
  private final Users users;
  private final RepeatFaults repeats;
  private final Catalogue catalogue;
  private final StatsTables tables;

  Stats(VolumeKpis volume, SpeedKpis speed, PeopleKpis people, RepeatFaults repeats, Catalogue catalogue,
      StatsTables tables, Users users) {
    this.volume = volume;
    this.speed = speed;
    this.people = people;
    this.repeats = repeats;
    this.catalogue = catalogue;
    this.tables = tables;
    this.users = users;
  }

  /**
   * What the head of logistics looks at first: how many came in and were finished, what is still
   * open, how fast and how well, and the building and the worker that stand out.
   */
  Overview overview(StatsFilter filter) {
    return tables.reading(() -> {
      Period period = new Period(filter.from(), filter.to());
      long backlog = volume.backlogNow(filter).stream().mapToLong(s -> s.count()).sum();
      Spread completion = speed.completion(filter);
      Named worstBuilding = volume.mostReceivedBuilding(filter)
          .map(b -> new Named(b.id(), tables.buildingName(b.id()), b.count())).orElse(null);
      Named busiestWorker = volume.mostFinishedWorker(filter)
          .map(w -> new Named(w.id(), users.findById(w.id()).map(User::name).orElse(w.id()), w.count())).orElse(null);
      if (filter.readsRollups()) {
        Map<String, long[]> day = volume.dayTotals(filter, OVERVIEW_MEASURES);
        long[] rated = day.get(StatsTables.RATED);
        return new Overview(period, day.get(RECEIVED)[0], day.get(StatsTables.COMPLETED)[0], day.get(REJECTED)[0],
            day.get(CANCELLED)[0], backlog, completion,
            SpeedKpis.share(day.get(StatsTables.COMPLETED)[1], day.get(StatsTables.COMPLETED)[2]),
            VolumeKpis.rating(rated[3], rated[4], rated[5]), day.get(StatsTables.REFUSED)[0],
            day.get(RollupFacts.REPEAT)[0], worstBuilding, busiestWorker);
      }
      Map<String, Long> ended = volume.entryCounts(filter, List.of(StatsTables.COMPLETED, REJECTED, CANCELLED));
      return new Overview(period, volume.received(filter), ended.getOrDefault(StatsTables.COMPLETED, 0L),
          ended.getOrDefault(REJECTED, 0L), ended.getOrDefault(CANCELLED, 0L), backlog, completion,
          speed.serviceLevels(filter).repair(), volume.rating(filter), people.refusals(filter).total(),
          repeats.total(filter), worstBuilding, busiestWorker);
    });
  }

  List<Group> categories(StatsFilter filter) {
    return groups(volume.countsBy(filter, "r.category_code"),
        code -> catalogue.find(code).map(Category::name).orElse(code));
  }

  List<Group> buildings(StatsFilter filter) {
    return groups(volume.countsBy(filter, "r.building_id"),
        tables.buildingNames()::get);
  }

  private static List<Group> groups(Map<String, long[]> counts, Function<String, String> names) {
    Function<String, String> named = id -> {
      String name = names.apply(id);
      return name == null ? id : name;
    };
    List<Group> groups = new ArrayList<>();
    counts.forEach((key, c) -> {
      String id = key.isEmpty() ? null : key;
      groups.add(new Group(id, id == null ? "未指定" : named.apply(id), c[0], c[1], c[2],
          VolumeKpis.rating(c[3], c[4], c[5])));
    });
    groups.sort(Comparator.comparingLong(Group::received).reversed().thenComparing(g -> String.valueOf(g.id())));
    return groups;
  }
}
