package cn.campus.repair.catalogue;

import cn.campus.repair.common.RacingInserts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Fills an empty category table from {@code repair.categories} before the service answers anyone:
 * a new installation's first list. Afterwards admins own the list, and the configuration is not read
 * again (unless every category has been deleted, when the next start seeds it once more). Nodes
 * starting together each insert what is missing; a code another node inserted first is skipped.
 */
@Component
@EnableConfigurationProperties(CatalogueSeed.class)
class CatalogueSeeding implements SmartInitializingSingleton {

  private static final Logger log = LoggerFactory.getLogger(CatalogueSeeding.class);

  private final CategoryRows rows;
  private final CatalogueSeed seed;
  private final RacingInserts racingInserts;
  private final Catalogue catalogue;

  CatalogueSeeding(CategoryRows rows, CatalogueSeed seed, RacingInserts racingInserts, Catalogue catalogue) {
    this.rows = rows;
    this.seed = seed;
    this.racingInserts = racingInserts;
    this.catalogue = catalogue;
  }

  @Override
  public void afterSingletonsInstantiated() {
    if (!rows.isEmpty()) {
      return;
    }
    int position = 0;
    int inserted = 0;
    for (CatalogueSeed.Seed category : seed.getCategories()) {
      position += 10;
      Category row = new Category(category.code(), category.name(), category.icon(), category.hotline(), position, true,
          category.urgentByDefault(), category.buildingWide());
      if (racingInserts.insert(() -> rows.insert(row))) {
        inserted++;
      }
    }
    catalogue.changed();
    log.info("Categories: the table was empty, {} seeded from repair.categories", inserted);
  }
}
