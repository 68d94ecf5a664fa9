// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {ERC1155} from "@openzeppelin/contracts/token/ERC1155/ERC1155.sol";

// Test-only: attacks the Exchange in contracts/tests/exchange_*_test.go; not part of the deployed system.

/// @title FakeGPUHourToken
/// @notice An ERC-1155 that anyone can mint: tokens of a contract other
/// than the Exchange's token, which the Exchange must refuse.
contract FakeGPUHourToken is ERC1155 {
    constructor() ERC1155("") {}

    function mint(address to, uint256 id, uint256 amount, bytes calldata data) external {
        _mint(to, id, amount, data);
    }
}
