package cn.campus.repair.account;

import cn.campus.repair.common.Page;
import cn.campus.repair.common.Sequences;
import cn.campus.repair.common.Times;
import cn.campus.repair.common.TransactionMemo;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code app_user} table. */
@Repository
public class Users {

  private static final String COLUMNS =
      "id, phone, name, role, department, address, specialties, password_hash, deactivated_at";

  private final JdbcClient jdbc;
  private final Sequences sequences;
  /** Each change of a row forgets the account there too: a token's answer carries the row. */
  private final RecentTokens recentTokens;
  private final TransactionMemo<String, User> byId = new TransactionMemo<>("app_user by id");

  Users(JdbcClient jdbc, Sequences sequences, RecentTokens recentTokens) {
    this.jdbc = jdbc;
    this.sequences = sequences;
    this.recentTokens = recentTokens;
  }

  public Optional<User> findById(String id) {
    return byId.get(id, this::read);
  }

  private Optional<User> read(String id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM app_user WHERE id = :id")
        .param("id", id)
        .query(Users::map)
        .optional();
  }

  public Optional<User> findByPhone(String phone) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM app_user WHERE phone = :phone")
        .param("phone", phone)
        .query(Users::map)
        .optional();
  }

  /** The accounts of these ids that exist; those this transaction has read already are not read again. */
  public Map<String, User> findAll(Collection<String> ids) {
    return byId.getAll(ids, unread -> jdbc.sql("SELECT " + COLUMNS + " FROM app_user WHERE id IN (:ids)")
        .param("ids", unread)
        .query(Users::map)
        .list()
        .stream()
        .collect(Collectors.toMap(User::id, Function.identity())));
  }

  /** The active accounts of a role: a deactivated person is nobody's to dispatch to or to text. */
  public List<User> findByRole(Role role) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM app_user WHERE role = :role AND deactivated_at IS NULL ORDER BY created_at")
        .param("role", role.name())
        .query(Users::map)
        .list();
  }

  /** Inserts a new account; a taken phone surfaces as Spring's DuplicateKeyException. */
  public User create(String phone, String name, Role role, List<String> specialties) {
    String id = sequences.nextUserId();
    Instant now = Instant.now();
    jdbc.sql("""
            INSERT INTO app_user (id, phone, name, role, specialties, created_at, updated_at)
            VALUES (:id, :phone, :name, :role, :specialties, :now, :now)""")
        .param("id", id)
        .param("phone", phone)
        .param("name", name)
        .param("role", role.name())
        .param("specialties", String.join(",", specialties))
        .param("now", Times.toDb(now))
        .update();
    return new User(id, phone, name, role, null, null, specialties, null);
  }

  public void updateProfile(String id, String name, String department, String address) {
    jdbc.sql("""
            UPDATE app_user SET name = :name, department = :department, address = :address,
              updated_at = :now WHERE id = :id""")
        .param("id", id)
        .param("name", name)
        .param("department", department)
        .param("address", address)
        .param("now", Times.toDb(Instant.now()))
        .update();
    byId.forget(id);
    recentTokens.forgetAccount(id);
  }

  public void updatePasswordHash(String id, String passwordHash) {
    jdbc.sql("UPDATE app_user SET password_hash = :hash, updated_at = :now WHERE id = :id")
        .param("id", id)
        .param("hash", passwordHash)
        .param("now", Times.toDb(Instant.now()))
        .update();
    byId.forget(id);
    recentTokens.forgetAccount(id);
  }

  /**
   * Staff accounts (every role but requesters), oldest first, filtered by part of the name or
   * phone, role, specialty and whether they are active. Staff are hundreds, not the students'
   * tens of thousands: the role index narrows to them and the rest is a scan of those rows.
   */
  public Page<User> findStaff(StaffFilter filter, int page, int size) {
    StringBuilder where = new StringBuilder(" FROM app_user WHERE role <> :requester");
    Map<String, Object> params = new java.util.LinkedHashMap<>();
    params.put("requester", Role.USER.name());
    if (filter.query() != null && !filter.query().isBlank()) {
      where.append(" AND (name LIKE :query ESCAPE '\\' OR phone LIKE :query ESCAPE '\\')");
      params.put("query", "%" + likeEscaped(filter.query().strip()) + "%");
    }
    if (filter.role() != null) {
      where.append(" AND role = :role");
      params.put("role", filter.role().name());
    }
    if (filter.specialty() != null && !filter.specialty().isBlank()) {
      where.append(" AND CONCAT(CONCAT(',', specialties), ',') LIKE :specialty ESCAPE '\\'");
      params.put("specialty", "%," + likeEscaped(filter.specialty().strip()) + ",%");
    }
    if (filter.active() != null) {
      where.append(filter.active() ? " AND deactivated_at IS NULL" : " AND deactivated_at IS NOT NULL");
    }
    long total = jdbc.sql("SELECT COUNT(*)" + where).params(params).query(Long.class).single();
    List<User> items = jdbc.sql("SELECT " + COLUMNS + where
            + " ORDER BY created_at, id OFFSET :offset ROWS FETCH NEXT :size ROWS ONLY")
        .params(params)
        .param("offset", (long) page * size)
        .param("size", size)
        .query(Users::map)
        .list();
    return new Page<>(items, page, size, total);
  }

  /** What the staff list filters by; null leaves a criterion out. */
  public record StaffFilter(String query, Role role, String specialty, Boolean active) {}

  private static String likeEscaped(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  /** An admin's edit of a staff account; a taken phone surfaces as Spring's DuplicateKeyException. */
  public void updateStaff(String id, String phone, String name, Role role, List<String> specialties) {
    jdbc.sql("""
            UPDATE app_user SET phone = :phone, name = :name, role = :role, specialties = :specialties,
              updated_at = :now WHERE id = :id""")
        .param("id", id)
        .param("phone", phone)
        .param("name", name)
        .param("role", role.name())
        .param("specialties", String.join(",", specialties))
        .param("now", Times.toDb(Instant.now()))
        .update();
    byId.forget(id);
    recentTokens.forgetAccount(id);
  }

  /** Deactivates ({@code at} set) or reactivates (null) an account. */
  public void setDeactivated(String id, Instant at) {
    jdbc.sql("UPDATE app_user SET deactivated_at = :at, updated_at = :now WHERE id = :id")
        .param("id", id)
        .param("at", at == null ? null : Times.toDb(at))
        .param("now", Times.toDb(Instant.now()))
        .update();
    byId.forget(id);
    recentTokens.forgetAccount(id);
  }

  /**
   * Locks the active admins' rows until the transaction ends and counts them: two admins taking away
   * the last two admin rights at once are served one after the other, so the second sees the first's
   * change and one admin always remains (a no-op update locks on every database we run on).
   */
  public int lockActiveAdmins() {
    return jdbc.sql("UPDATE app_user SET updated_at = updated_at WHERE role = :admin AND deactivated_at IS NULL")
        .param("admin", Role.ADMIN.name())
        .update();
  }

  static User map(ResultSet rs, int row) throws SQLException {
    String specialties = rs.getString("specialties");
    return new User(
        rs.getString("id"),
        rs.getString("phone"),
        rs.getString("name"),
        Role.valueOf(rs.getString("role")),
        rs.getString("department"),
        rs.getString("address"),
        specialties == null || specialties.isBlank() ? List.of() : Arrays.asList(specialties.split(",")),
        rs.getString("password_hash"),
        rs.getTimestamp("deactivated_at") == null);
  }
}
