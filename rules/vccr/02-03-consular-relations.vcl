# VCCR arts. 2 and 3: establishment of consular relations; who exercises
# consular functions.
#
# Art. 2(1) (consular relations by mutual consent) is out of scope: see
# vccr_general.scope.yaml. Arts. 2(2) and 2(3) decide whether consular
# relations exist; an incident raises them when the authorities of the
# receiving State refuse consular functions on the ground that there are no
# consular relations, or that diplomatic relations were broken off. The
# refusal is an `obstruction_of_functions` event whose `ground`
# says what the authorities relied on.

# ---------------------------------------------------------------- Article 2(2)
# "The consent given to the establishment of diplomatic relations between two
#  States implies, unless otherwise stated, consent to the establishment of
#  consular relations."

rule vccr.2.2 "Consent to diplomatic relations implies consent to consular relations"
  cites VCCR 2(2)
  text "The consent given to the establishment of diplomatic relations between two States implies, unless otherwise stated, consent to the establishment of consular relations."
  duty on receiving_state
  owed to sending_state
  for each establishment_of_relations as r
  applies when r.relations = diplomatic
  violated when some obstruction_of_functions as o where (
         o.by = receiving_state and o.ground = consular_relations_not_established and o.date >= r.date)
  authority "ILC, Draft articles on consular relations, with commentaries, Yearbook of the International Law Commission, 1961, vol. II, p. 92"
  note "Once diplomatic relations are established, the receiving State cannot refuse consular functions (by consular posts or by the diplomatic mission, art. 3) on the ground that consular relations were never agreed, unless the consent to diplomatic relations said so."
  note "Consular relations severed later (art. 27) are a different ground: see vccr.2.3 and the rules of art. 27."
end

exception vccr.2.2.otherwise-stated "The consent stated that it did not extend to consular relations"
  cites VCCR 2(2)
  text "unless otherwise stated"
  to vccr.2.2
  gives compliant
  when r.consular_relations_excluded = true
end

# ---------------------------------------------------------------- Article 2(3)
# "The severance of diplomatic relations shall not ipso facto involve the
#  severance of consular relations."

rule vccr.2.3 "Breaking off diplomatic relations does not by itself sever consular relations"
  cites VCCR 2(3)
  text "The severance of diplomatic relations shall not ipso facto involve the severance of consular relations."
  duty on receiving_state
  owed to sending_state
  for each breaking_off_relations as b
  violated when some obstruction_of_functions as o where (
         o.by = receiving_state and o.ground = severance_of_diplomatic_relations and o.date >= b.date)
  authority "ILC, Draft articles on consular relations, with commentaries, Yearbook of the International Law Commission, 1961, vol. II, p. 92"
  note "After a break of diplomatic relations the consular posts and their functions continue, and consular functions may be exercised by a consular section or by a post, unless consular relations are themselves severed (art. 27 then governs the premises, archives and protection of interests)."
  note "The rule reads the receiving State's stated ground: a refusal of consular functions justified by the break of diplomatic relations alone is the error art. 2(3) excludes. Whether the refusal also breaches art. 5 or 36 is decided by those rules."
end

exception vccr.2.3.consular-relations-severed "Consular relations were severed as well"
  cites VCCR 2(3)
  text "shall not ipso facto involve the severance of consular relations"
  to vccr.2.3
  gives compliant
  when some severance_of_consular_relations as s where (s.date >= b.date)
  note "'Not ipso facto': consular relations end only by their own severance. Once they are severed, consular functions may be refused (art. 27 governs what follows)."
end

# ---------------------------------------------------------------- Article 3
# "Consular functions are exercised by consular posts. They are also exercised
#  by diplomatic missions in accordance with the provisions of the present
#  Convention."

rule vccr.3 "Consular functions may be exercised by the diplomatic mission"
  cites VCCR 3
  text "Consular functions are exercised by consular posts. They are also exercised by diplomatic missions in accordance with the provisions of the present Convention."
  duty on receiving_state
  owed to sending_state
  for each obstruction_of_functions as o
  applies when o.consular_function is known and o.mission is known and o.by = receiving_state
  violated when o.ground = not_a_consular_post
  authority "ILC, Draft articles on consular relations, with commentaries, Yearbook of the International Law Commission, 1961, vol. II, p. 92"
  note "A diplomatic mission needs no exequatur or separate consent to exercise consular functions; the manner is governed by art. 70 (names of the members assigned notified to the Ministry for Foreign Affairs, art. 70(2); dealings with local or central authorities, art. 70(3))."
  note "A refusal on another ground is not decided here: the rules of art. 5 (the function) and art. 70 decide it."
end
