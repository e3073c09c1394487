#include "server/actor_network.h"

#include <gtest/gtest.h>

namespace warta::server {
namespace {

EventRecord Event(std::string type, std::string source, int64_t source_id, std::string target,
                  int64_t target_id) {
  EventRecord e;
  e.type = std::move(type);
  e.source = std::move(source);
  e.source_id = source_id;
  e.target = std::move(target);
  e.target_id = target_id;
  return e;
}

TEST(ActorNetworkTest, CountsEventsBetweenActorsByType) {
  std::vector<EventRecord> events = {
      Event("ACCUSE", "Amerika Serikat", 1, "Korea Utara", 2),
      Event("ACCUSE", "AS", 1, "Korea Utara", 2),  // another name of entity 1
      Event("REJECT", "Sergey Lavrov", 3, "Amerika Serikat", 1),
      Event("AID", "Korea Utara", 2, "Rusia", 4),
      Event("CONSULT", "Sergey Lavrov", 3, "warga Pyongyang", 0),
      Event("CONSULT", "Sergey Lavrov", 3, "Warga Pyongyang", 0),  // a group, by name in any case
  };
  events[3].source_code = "PRK";
  events[3].source_country = "PRK";
  ActorNetwork n = BuildActorNetwork(events, 10);
  EXPECT_EQ(n.events, 6u);
  EXPECT_EQ(n.actors, 5u);
  ASSERT_EQ(n.nodes.size(), 5u);
  // Most events first: the United States, North Korea and Lavrov 3 each
  // (ties by name), then Russia and the group 2 each.
  EXPECT_EQ(n.nodes[0].name, "Amerika Serikat");  // the first name seen of entity 1
  EXPECT_EQ(n.nodes[0].events, 3u);
  EXPECT_EQ(n.nodes[1].name, "Korea Utara");
  EXPECT_EQ(n.nodes[1].code, "PRK");
  EXPECT_EQ(n.nodes[1].country, "PRK");
  EXPECT_EQ(n.nodes[2].name, "Sergey Lavrov");
  EXPECT_EQ(n.nodes[2].events, 3u);
  EXPECT_EQ(n.nodes[3].name, "warga Pyongyang");
  EXPECT_EQ(n.nodes[3].entity_id, 0);
  EXPECT_EQ(n.nodes[3].events, 2u);
  ASSERT_EQ(n.edges.size(), 4u);
  EXPECT_EQ(n.edges[0].events, 2u);  // the two accusations or the two visits
  uint64_t total = 0;
  for (const NetworkEdge& e : n.edges) {
    total += e.events;
    EXPECT_LT(e.source, n.nodes.size());
    EXPECT_LT(e.target, n.nodes.size());
    EXPECT_NE(e.source, e.target);
  }
  EXPECT_EQ(total, 6u);
  bool accuse = false;
  for (const NetworkEdge& e : n.edges) {
    if (e.type != "ACCUSE") continue;
    accuse = true;
    EXPECT_EQ(n.nodes[e.source].entity_id, 1);
    EXPECT_EQ(n.nodes[e.source].name, "Amerika Serikat");
    EXPECT_EQ(n.nodes[e.target].name, "Korea Utara");
    EXPECT_EQ(e.events, 2u);
  }
  EXPECT_TRUE(accuse);
}

TEST(ActorNetworkTest, LeavesOutWhatIsNoEdgeAndTrimsToTheBusiestActors) {
  std::vector<EventRecord> events = {
      Event("ACCUSE", "A", 1, "", 0),         // no target
      Event("ACCUSE", "", 0, "B", 2),         // no source
      Event("SUPPORT", "A", 1, "A", 1),       // itself
      Event("ASSAULT", "A", 1, "B", 2),
      Event("ASSAULT", "A", 1, "C", 3),
      Event("ASSAULT", "D", 4, "C", 3),
  };
  events[3].negated = true;  // "did not attack": no edge
  ActorNetwork n = BuildActorNetwork(events, 2);
  EXPECT_EQ(n.events, 2u);
  EXPECT_EQ(n.actors, 3u);  // A, C, D
  ASSERT_EQ(n.nodes.size(), 2u);
  EXPECT_EQ(n.nodes[0].name, "C");
  EXPECT_EQ(n.nodes[1].name, "A");
  ASSERT_EQ(n.edges.size(), 1u);  // D is trimmed, and its edge with it
  EXPECT_EQ(n.nodes[n.edges[0].source].name, "A");
  EXPECT_EQ(n.nodes[n.edges[0].target].name, "C");
  EXPECT_TRUE(BuildActorNetwork({}, 10).nodes.empty());
}

}  // namespace
}  // namespace warta::server
