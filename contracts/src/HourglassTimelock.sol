// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";

/// @title HourglassTimelock
/// @notice OpenZeppelin's TimelockController, unchanged, compiled here so
/// that contracts/deploy can deploy it. In a deployment it is the Exchange's
/// owner and the ProviderVault's admin: every setter that can hurt users
/// (operator, guardian, fee recipient, withdrawal delay, collateral rates,
/// role grants) runs only as an operation that a proposer scheduled at least
/// {getMinDelay} seconds before, so users see it coming and can leave first
/// (docs/contracts.md, "Roles and delays"). With admin = address(0) the
/// timelock administers itself: changing its proposers or its delay is
/// itself a delayed operation.
contract HourglassTimelock is TimelockController {
    constructor(uint256 minDelay, address[] memory proposers, address[] memory executors, address admin)
        TimelockController(minDelay, proposers, executors, admin)
    {}
}
