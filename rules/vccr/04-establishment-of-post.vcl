# VCCR Article 4: Establishment of a consular post
#
# Duties of the sending State: a consular post, a change of its seat,
# classification or district, a vice-consulate or agency opened by a post,
# and an office of a post away from its seat, all need the receiving State's
# consent (for the office: prior and express). Each is an
# `establishment_of_post` event whose `action` says what was done.

# ---------------------------------------------------------------- Article 4(1)
# "A consular post may be established in the territory of the receiving State
#  only with that State's consent."

rule vccr.4.1 "A consular post only with the consent of the receiving State"
  cites VCCR 4(1)
  text "A consular post may be established in the territory of the receiving State only with that State's consent."
  duty on sending_state
  owed to receiving_state
  for each establishment_of_post as e
  applies when e.action in {new_post, opened_by_post_in_other_locality} and consular_post(e.post)
  violated when e.receiving_state_consent = false
  authority "ILC, Draft articles on consular relations, with commentaries, Yearbook of the International Law Commission, 1961, vol. II, p. 92"
  note "A post operating without the receiving State's consent has no standing under the Convention; the receiving State may close it. Consent to diplomatic relations implies consent to consular relations (art. 2(2)), not consent to a particular post."
end

# ---------------------------------------------------------------- Article 4(2)
# "The seat of the consular post, its classification and the consular district
#  shall be established by the sending State and shall be subject to the
#  approval of the receiving State."

rule vccr.4.2 "Seat, classification and consular district subject to the receiving State's approval"
  cites VCCR 4(2)
  text "The seat of the consular post, its classification and the consular district shall be established by the sending State and shall be subject to the approval of the receiving State."
  duty on sending_state
  owed to receiving_state
  for each establishment_of_post as e
  applies when e.action in {new_post, opened_by_post_in_other_locality} and consular_post(e.post)
  violated when e.seat_classification_district_approved = false
  note "The sending State proposes the seat, class and district; a post operating with a seat, class or district the receiving State did not approve breaches this paragraph. The district matters for art. 6 (functions outside it need consent) and art. 38 (local authorities of the district)."
end

# ---------------------------------------------------------------- Article 4(3)
# "Subsequent changes in the seat of the consular post, its classification or
#  the consular district may be made by the sending State only with the
#  consent of the receiving State."

rule vccr.4.3 "Changes of seat, classification or consular district only with consent"
  cites VCCR 4(3)
  text "Subsequent changes in the seat of the consular post, its classification or the consular district may be made by the sending State only with the consent of the receiving State."
  duty on sending_state
  owed to receiving_state
  for each establishment_of_post as e
  applies when e.action in {change_of_seat, change_of_classification, change_of_consular_district}
  violated when e.receiving_state_consent = false
end

# ---------------------------------------------------------------- Article 4(4)
# "The consent of the receiving State shall also be required if a
#  consulate-general or a consulate desires to open a vice-consulate or a
#  consular agency in a locality other than that in which it is itself
#  established."

rule vccr.4.4 "Vice-consulate or consular agency opened by a post elsewhere: consent"
  cites VCCR 4(4)
  text "The consent of the receiving State shall also be required if a consulate-general or a consulate desires to open a vice-consulate or a consular agency in a locality other than that in which it is itself established."
  duty on sending_state
  owed to receiving_state
  for each establishment_of_post as e
  applies when e.action = opened_by_post_in_other_locality
           and e.post.kind in {vice_consulate, consular_agency}
           and e.opened_by.kind in {consulate_general, consulate}
  violated when e.receiving_state_consent = false
  note "The consent to the opening post does not cover its dependent vice-consulates or agencies elsewhere."
end

# ---------------------------------------------------------------- Article 4(5)
# "The prior express consent of the receiving State shall also be required for
#  the opening of an office forming part of an existing consular post
#  elsewhere than at the seat thereof."

rule vccr.4.5 "Office of a post away from its seat: prior express consent"
  cites VCCR 4(5)
  text "The prior express consent of the receiving State shall also be required for the opening of an office forming part of an existing consular post elsewhere than at the seat thereof."
  duty on sending_state
  owed to receiving_state
  for each establishment_of_post as e
  applies when e.action = office_elsewhere_than_seat
  violated when e.receiving_state_consent = false or e.express_consent = false or e.prior_consent = false
  note "Both conditions are needed: consent given only after the opening, or only tacitly (e.g. tolerating the office), is not enough."
  note "Cf. VCDR 12 (offices forming part of a diplomatic mission in other localities), which has the same requirement of prior express consent."
end
