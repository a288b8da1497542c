# VCCR arts. 28-30: facilities for the work of the consular post, national
# flag and coat-of-arms, accommodation.
#
# Art. 58(1) applies all three to posts headed by honorary consular officers.

# ---------------------------------------------------------------- Article 28
# "The receiving State shall accord full facilities for the performance of
#  the functions of the consular post."

rule vccr.28 "Full facilities for the performance of the functions of the consular post"
  cites VCCR 28
  text "The receiving State shall accord full facilities for the performance of the functions of the consular post."
  duty on receiving_state
  owed to sending_state
  for each obstruction_of_functions as o
  applies when agent_of_receiving_state(o) and o.post is known
  violated when consular_function(o)
  authority "ICJ, United States Diplomatic and Consular Staff in Tehran (United States of America v. Iran), Judgment, I.C.J. Reports 1980, p. 3"
  note "The breach is obstructing, or refusing a facility needed for, an activity within the functions of the post (art. 5, within the limits each sub-paragraph sets: state the consular_function and its limits). Obstructing an activity outside them (e.g. gathering information by unlawful means, art. 5(c)) is not a breach of art. 28."
  note "Art. 28 is general and open-textured; the particular facilities (premises, 30; movement, 34; communication, 35; access to nationals, 36; authorities, 38; fees, 39) have their own rules. State an obstruction only where the post was prevented or hindered (utilities cut off, banking refused, staff kept from the premises)."
end

# ---------------------------------------------------------------- Article 29
# "1. The sending State shall have the right to the use of its national flag
#  and coat-of-arms in the receiving State in accordance with the provisions
#  of this Article.
#  2. The national flag of the sending State may be flown and its
#  coat-of-arms displayed on the building occupied by the consular post and
#  at the entrance door thereof, on the residence of the head of the consular
#  post and on his means of transport when used on official business.
#  3. In the exercise of the right accorded by this Article regard shall be
#  had to the laws, regulations and usages of the receiving State."

define residence_of_head_of_post(x) "Residence of the head of the consular post"
  cites VCCR 29(2)
  text "the residence of the head of the consular post"
  means x.kind = residence_of_consular_officer and x.occupant.head_of_post = true
end

define transport_of_head_of_post(x) "Means of transport of the head of the consular post"
  cites VCCR 29(2)
  text "his means of transport"
  means x.kind = means_of_transport and x.holder.head_of_post = true
end

define flag_site_of_post(f) "A place where art. 29(2) allows the flag and coat-of-arms"
  cites VCCR 29(2)
  text "on the building occupied by the consular post and at the entrance door thereof, on the residence of the head of the consular post and on his means of transport when used on official business."
  means f.subject.kind is known
        and (consular_premises(f.subject)
             or residence_of_head_of_post(f.subject)
             or (transport_of_head_of_post(f.subject) and f.official_business = true))
  note "The building occupied by the post (place of kind consular_premises, its entrance door included), the residence of the head of post (a residence whose occupant is the head of post) and his car when used on official business. Not the residences or cars of the other members of the post."
end

rule vccr.29.1 "Right to use the national flag and coat-of-arms on the building, the residence of the head of post and his car on official business"
  cites VCCR 29(1), VCCR 29(2)
  text "The sending State shall have the right to the use of its national flag and coat-of-arms in the receiving State in accordance with the provisions of this Article."
  duty on receiving_state
  owed to sending_state
  for each flag_interference as f
  applies when flag_site_of_post(f)
  violated when agent_of_receiving_state(f)
  note "Removing the flag or coat-of-arms, or prohibiting or preventing their use, at one of the places of art. 29(2) is the breach. Elsewhere the article grants no right (the rule does not apply)."
end

exception vccr.29.3.local-rules "The flag or coat-of-arms was used without regard to the laws, regulations and usages of the receiving State"
  cites VCCR 29(3)
  text "In the exercise of the right accorded by this Article regard shall be had to the laws, regulations and usages of the receiving State."
  to vccr.29.1
  gives compliant
  when f.local_rules_disregarded = true
  note "A measure enforcing the receiving State's laws, regulations and usages (e.g. on flying flags) against a use that disregarded them is within the right's limit. The laws may regulate the use; they may not take the right away."
end

rule vccr.29.3 "The flag and coat-of-arms used with regard to the laws, regulations and usages of the receiving State"
  cites VCCR 29(3)
  text "In the exercise of the right accorded by this Article regard shall be had to the laws, regulations and usages of the receiving State."
  duty on sending_state
  owed to receiving_state
  for each flag_interference as f
  applies when flag_site_of_post(f)
  violated when f.local_rules_disregarded = true
  note "Judged on the use that prompted a measure by the receiving State (the interference event): the sending State breaches art. 29(3) when its use disregarded the receiving State's laws, regulations and usages."
end

# ---------------------------------------------------------------- Article 30
# "1. The receiving State shall either facilitate the acquisition on its
#  territory, in accordance with its laws and regulations, by the sending
#  State of premises necessary for its consular post or assist the latter in
#  obtaining accommodation in some other way.
#  2. It shall also, where necessary, assist the consular post in obtaining
#  suitable accommodation for its members."

rule vccr.30.1 "Facilitate the acquisition of premises for the consular post, or assist in obtaining accommodation"
  cites VCCR 30(1)
  text "The receiving State shall either facilitate the acquisition on its territory, in accordance with its laws and regulations, by the sending State of premises necessary for its consular post or assist the latter in obtaining accommodation in some other way."
  duty on receiving_state
  owed to sending_state
  for each request_for_premises as r
  applies when consular_post(r.subject) and r.purpose in {consular_premises, mission_premises}
  violated when r.acquisition_facilitated = false and r.accommodation_assisted = false
  note "An alternative duty: facilitating the acquisition (in accordance with the receiving State's laws) or, failing that, assisting in obtaining accommodation in some other way. Refusing both is the breach."
  note "Facts: the request with the consular post as `subject` and purpose: consular_premises (mission_premises is read the same way when the subject is a consular post)."
end

rule vccr.30.2 "Assist the consular post, where necessary, in obtaining suitable accommodation for its members"
  cites VCCR 30(2)
  text "It shall also, where necessary, assist the consular post in obtaining suitable accommodation for its members."
  duty on receiving_state
  owed to sending_state
  for each request_for_premises as r
  applies when consular_post(r.subject) and r.purpose = members_accommodation
  violated when r.accommodation_assisted = false
end

exception vccr.30.2.not-necessary "Assistance was not necessary"
  cites VCCR 30(2)
  text "where necessary"
  to vccr.30.2
  gives not_applicable
  when r.assistance_necessary = false
  note "E.g. a housing market in which the members find suitable accommodation without help."
end
