package cn.campus.repair.wechat;

import static org.assertj.core.api.Assertions.assertThat;

import cn.binarywang.wx.miniapp.api.impl.WxMaServiceImpl;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Several nodes' WxJava clients on one database, each with its own configuration object as each node
 * has: asked for the token at the same moment, they fetch it from WeChat once and all use it; a token
 * WeChat called expired is fetched again once, not by each.
 */
class SharedAccessTokenTest extends WechatIntegrationTest {

  @Autowired
  JdbcClient jdbc;

  @Autowired
  PlatformTransactionManager transactions;

  @Test
  void nodesAskingTogetherFetchTheTokenOnceAndShareIt() throws Exception {
    String appId = "wxshared" + System.nanoTime();
    List<WxMaServiceImpl> nodes = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      nodes.add(node(appId));
    }
    int before = WECHAT.tokensIssued();

    Set<String> tokens = together(nodes, node -> node.getAccessToken());

    assertThat(WECHAT.tokensIssued() - before).isEqualTo(1);
    assertThat(tokens).hasSize(1);

    nodes.get(0).getWxMaConfig().expireAccessToken();
    Set<String> renewed = together(nodes, node -> node.getAccessToken());

    assertThat(WECHAT.tokensIssued() - before).isEqualTo(2);
    assertThat(renewed).hasSize(1).doesNotContainAnyElementsOf(tokens);
  }

  private WxMaServiceImpl node(String appId) {
    SharedAccessToken config = new SharedAccessToken(jdbc, transactions, appId);
    config.setSecret("stub-secret");
    config.setApiHostUrl(WECHAT.apiHost());
    WxMaServiceImpl service = new WxMaServiceImpl();
    service.setWxMaConfig(config);
    return service;
  }

  private interface Call {
    String on(WxMaServiceImpl node) throws Exception;
  }

  private static Set<String> together(List<WxMaServiceImpl> nodes, Call call) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(nodes.size());
    try {
      List<Callable<String>> calls = nodes.stream().<Callable<String>>map(node -> () -> call.on(node)).toList();
      Set<String> answers = new HashSet<>();
      for (Future<String> answer : pool.invokeAll(calls)) {
        answers.add(answer.get());
      }
      return answers;
    } finally {
      pool.shutdown();
    }
  }
}
